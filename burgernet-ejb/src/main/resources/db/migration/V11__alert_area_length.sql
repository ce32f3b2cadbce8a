-- A polygon of up to 500 corners (GeoPolygon.MAX_CORNERS), each "lat,lon " with six decimals (at most 23 characters),
-- closed by its first corner again: 501 x 23 = 11,523 characters. VARCHAR(8000) failed at about 350 corners.
ALTER TABLE alert ALTER COLUMN area SET DATA TYPE VARCHAR(12000);
