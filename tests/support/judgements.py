"""Judged queries on the demo content: each page listed must be among the first three hits.

Shared by the relevance tests and the benchmark; (language, query, expected pages by their English slugs).
"""

JUDGED_QUERIES = [
    ("en", "mobility hubs", ["madrid-nuevo-norte-mobility-hub"]),
    ("en", "port logistics", ["kirkenes-arctic-port-logistics"]),
    ("en", "snow and ice on streets", ["kirkenes-snow-ice-low-energy"]),
    ("en", "district cooling", ["neom-cooling-digital-twin"]),
    ("en", "water network leaks", ["jarvi-suomi-water-network-leaks"]),
    ("en", "demolition material", ["kestora-demolition-material-reuse"]),
    ("en", "tram stop", ["tampere-tram-stop-winter-access"]),
    ("en", "participation in urban planning", ["espoo-inclusive-digital-participation"]),
    ("en", "Tromso", ["varanger-polartech"]),
    ("en", "VTT", ["vtt"]),
    ("en", "Nusantara water", ["nusantara-smart-water-management"]),
    ("en", "cooperation agreement", ["madrid-nuevo-norte-cooperation"]),
    ("fi", "satamalogistiikka", ["kirkenes-arctic-port-logistics"]),
    ("fi", "raitiovaunupysäkki", ["tampere-tram-stop-winter-access"]),
    ("fi", "vesijohtoverkoston vuodot", ["jarvi-suomi-water-network-leaks"]),
    ("fi", "purkumateriaali", ["kestora-demolition-material-reuse"]),
    ("fi", "aluejäähdytys", ["neom-cooling-digital-twin"]),
    ("fi", "Espoon kaupunki", ["city-of-espoo"]),
    ("fi", "Tampereen kaupunki", ["city-of-tampere"]),
    ("fi", "yliopisto", ["pohjanranta-university"]),
    ("fi", "lumi ja jää", ["kirkenes-snow-ice-low-energy"]),
    ("fi", "yhteistyösopimus", ["madrid-nuevo-norte-cooperation"]),
    ("sv", "hamnlogistik", ["kirkenes-arctic-port-logistics"]),
    ("sv", "spårvagnshållplatser", ["tampere-tram-stop-winter-access"]),
    ("sv", "rivningsmaterial", ["kestora-demolition-material-reuse"]),
    ("sv", "fjärrkyla", ["neom-cooling-digital-twin"]),
    ("sv", "läckor i vattenledningsnät", ["jarvi-suomi-water-network-leaks"]),
    ("sv", "Esbo stad", ["city-of-espoo"]),
    ("sv", "universitet", ["pohjanranta-university"]),
    ("sv", "arktiska utmaningar", ["kirkenes-arctic-challenges"]),
    ("sv", "mobilitetsnav", ["madrid-nuevo-norte-mobility-hub"]),
    ("sv", "samarbetsavtal", ["madrid-nuevo-norte-cooperation"]),
]
