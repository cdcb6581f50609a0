# Swedish as written in Finland: 8 februari 2023.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j.n.Y"
DATETIME_FORMAT = "j F Y \\k\\l. H.i"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
