-- Four eyes: who last revised a draft after its author. Neither the author nor the last reviser may approve it.
ALTER TABLE alert ADD COLUMN revised_by VARCHAR(100);
