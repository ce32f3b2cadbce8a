package nl.burgernet.domain.model.municipality;

/** The CBS municipality code: "GM" and four digits, as published by Statistics Netherlands (e.g. GM0355). */
public record CbsCode(String value) {

    public CbsCode {
        if (value == null || !value.matches("GM\\d{4}")) {
            throw new IllegalArgumentException("A CBS code is GM followed by four digits, e.g. GM0355: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
