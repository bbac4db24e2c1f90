#!/usr/bin/python3
"""Generate a synthetic ANS national directory extract of MSSanté mailboxes.

The output follows the published format of
Extraction_Correspondance_MSSante_YYYYMMDDhhmm.txt: UTF-8, '|' separated,
one header line, 31 columns, no quoting. No real rows are public, so the
rows are made up, but every identifier carries a correct check key and every
address sits on a whitelisted domain, except in the rows deliberately made
faulty (--fault-rate), which are listed with their fault kind in a manifest
(--faults-out) so that checkers can be compared on exact counts.

Standard library only; deterministic for a given --seed and --whitelist.
The module also serves gen_addresses.py and baseline.py (header, whitelist
loader, name pools).
"""

import argparse
import itertools
import json
import random
import re
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET

HEADER = (
    "Type de BAL|Adresse BAL|Type Identifiant PP|Identifiant PP|"
    "Identification nationale PP|Type identifiant structure|"
    "Identification Structure|Service de rattachement|Civilité d'exercice|"
    "Nom d'exercice|Prénom d'exercice|Catégorie profession|"
    "Libellé de catégorie profession|Code Profession|Libellé Profession|"
    "Code savoir-faire|Libellé savoir-faire|Dématérialisation|"
    "Raison Sociale structure BAL|Enseigne commerciale structure BAL|"
    "L2COMPLEMENTLOCALISATION structure BAL|"
    "L3COMPLEMENTDISTRIBUTION structure BAL|L4NUMEROVOIE structure BAL|"
    "L4COMPLEMENTNUMEROVOIE structure BAL|NL4TYPEVOIE structure BAL|"
    "L4LIBELLEVOIE structure BAL|L5LIEUDITMENTION structure BAL|"
    "L6LIGNEACHEMINEMENT structure BAL|Code postal structure BAL|"
    "Département structure BAL|Pays structure BAL"
)
COLUMNS = HEADER.split("|")
NCOLS = len(COLUMNS)
assert NCOLS == 31

# Column indexes used when building and corrupting rows.
(C_TYPE, C_ADDR, C_PP_TYPE, C_PP_ID, C_IDNAT_PP, C_ST_TYPE, C_ST_ID,
 C_SERVICE, C_CIVILITE, C_NOM, C_PRENOM, C_CAT, C_CAT_LIB, C_PROF,
 C_PROF_LIB, C_SF, C_SF_LIB, C_DEMAT, C_RAISON) = range(19)
C_CP, C_DEPT = 28, 29

# Real whitelisted MSSanté domains (all present in the ANS whitelist of
# 2025-03-13), used when no --whitelist file is given.
BUILTIN_DOMAINS = (
    "medecin.mssante.fr", "infirmier.mssante.fr", "pharmacien.mssante.fr",
    "chirurgien-dentiste.mssante.fr", "sage-femme.mssante.fr",
    "masseur-kinesitherapeute.mssante.fr", "pedicure-podologue.mssante.fr",
    "orthophoniste.mssante.fr", "pro.oc.mssante.fr", "oc.mssante.fr",
    "ehpad.oc.mssante.fr", "social.oc.mssante.fr", "pro.ara.mssante.fr",
    "pro.bzh.mssante.fr", "audioprothesiste.oc.mssante.fr",
    "aphp.mssante.fr", "chu-toulouse.mssante.fr", "chu-montpellier.mssante.fr",
    "chu-bordeaux.mssante.fr", "chu-lille.mssante.fr", "chu-nimes.mssante.fr",
    "ch-albi.mssante.fr", "ch-ajaccio.mssante.fr", "ch-bastia.mssante.fr",
    "ch-beziers.mssante.fr", "ch-arles.mssante.fr", "ch-perpignan.mssante.fr",
    "ch-rodez.mssante.fr", "ars.occitanie.mssante.fr",
    "chu-guadeloupe.mssante.fr", "chmayotte.mssante.fr",
    "ch-cayenne.mssante.fr", "chu-martinique.mssante.fr",
    "mssante.apicrypt.org",
)

FAULT_KINDS = (
    "bad_rpps_key", "bad_finess_key", "bad_siret_key",
    "finess_bad_department", "address_without_at",
    "address_consecutive_dots", "domain_not_whitelisted",
    "idnat_pp_inconsistent", "wrong_field_count", "invalid_utf8",
    "bad_dematerialisation", "unknown_bal_type", "postal_department_mismatch",
)
FINESS_FAULTS = ("bad_finess_key", "finess_bad_department")
STRUCTURE_FAULTS = FINESS_FAULTS + ("bad_siret_key",)


def load_whitelist(path):
    """Return the sorted, lower-cased, distinct domain names of an ANS
    whitelist XML file, skipping any <Nom> that holds an '@'.

    The published files stop after </ListeDomaines> without closing the
    root element, so a parse error is tolerated only once that list ended.
    """
    names = set()
    list_closed = False
    try:
        for _event, elem in ET.iterparse(path, events=("end",)):
            tag = elem.tag.rsplit("}", 1)[-1]
            if tag == "Nom" and elem.text and "@" not in elem.text:
                names.add(elem.text.strip().lower())
            elif tag == "ListeDomaines":
                list_closed = True
    except ET.ParseError:
        if not list_closed:
            raise
    if not names:
        raise ValueError(f"{path}: no domain names found")
    return sorted(names)


def domains_for(whitelist):
    """Domains of the whitelist file, or the built-in list without one;
    exits with a message when the file cannot be read."""
    if not whitelist:
        return list(BUILTIN_DOMAINS)
    try:
        return load_whitelist(whitelist)
    except (OSError, ValueError, ET.ParseError) as err:
        sys.exit(f"cannot load whitelist {whitelist}: {err}")


def add_common_options(parser, what):
    """Options shared by the generators; `what` names the faulty items."""
    parser.add_argument("--seed", type=int, default=20250313)
    parser.add_argument("--whitelist", metavar="XML",
                        help="ANS whitelist to draw domains from "
                        "(default: a built-in list of real domains)")
    parser.add_argument("--faults-out", metavar="FILE",
                        help=f"manifest of {what}: JSON if FILE ends in "
                        ".json, else TSV (line, kind)")
    parser.add_argument("-o", "--output", default="-",
                        help="file, - for stdout")


# --- check keys -----------------------------------------------------------

_LUHN_DOUBLE = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_key(payload):
    """Digit that makes payload + digit pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = ord(ch) - 48
        total += _LUHN_DOUBLE[d] if i % 2 == 0 else d
    return str(-total % 10)


def with_key(payload):
    return payload + luhn_key(payload)


def finess_with_key(payload):
    """FINESS keys are Luhn after mapping Corsica 2A/2B to 21/22."""
    mapped = payload.replace("2A", "21", 1).replace("2B", "22", 1)
    return payload + luhn_key(mapped)


def break_key(ident, rng):
    """Change the last digit: Luhn catches every single-digit change."""
    return ident[:-1] + str((int(ident[-1]) + rng.randrange(1, 10)) % 10)


# --- reference tables -----------------------------------------------------

LAST_NAMES = (
    "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND",
    "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFÈVRE", "LEROY",
    "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET",
    "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER",
    "LEFEBVRE", "FAURE", "ANDRÉ", "MERCIER", "BLANC", "GUÉRIN", "BOYER",
    "GARNIER", "CHEVALIER", "FRANÇOIS", "LEGRAND", "GAUTHIER", "GARCIA",
    "PERRIN", "ROBIN", "CLÉMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL",
    "MATHIEU", "GAUTIER", "MASSON", "MARCHAND", "DUVAL", "DENIS", "DUMONT",
    "MARIE", "LEMAIRE", "NOËL", "MEYER", "DUFOUR", "MEUNIER", "BRUN",
    "BLANCHARD", "GIRAUD", "JOLY", "RIVIÈRE", "LUCAS", "BRUNET", "GAILLARD",
    "BARBIER", "ARNAUD", "MARTINEZ", "GÉRARD", "ROCHE", "RENARD", "SCHMITT",
    "ROY", "LEROUX", "COLIN", "VIDAL", "CARON", "PICARD", "ROGER", "FABRE",
    "AUBERT", "LEMOINE", "RENAUD", "DUMAS", "LACROIX", "OLIVIER", "PHILIPPE",
    "BOURGEOIS", "PIERRE", "BENOÎT", "REY", "LECLERC", "PAYET", "ROLLAND",
    "LECLERCQ", "GUILLAUME", "LECOMTE", "LOPEZ", "JEAN", "DUPUY", "GUILLOT",
    "HUBERT", "BERGER", "CARPENTIER", "SANCHEZ", "DUPUIS", "MOULIN", "LOUIS",
    "DESCHAMPS", "HUET", "VASSEUR", "PEREZ", "BOUCHER", "FLEURY", "ROYER",
    "KLEIN", "JACQUET", "ADAM", "PARIS", "POIRIER", "MARTY", "AUBRY",
    "GUYOT", "CARRÉ", "CHARLES", "RENAULT", "CHARPENTIER", "MÉNARD",
    "MAILLARD", "BARON", "BERTIN", "BAILLY", "HERVÉ", "SCHNEIDER",
    "FERNANDEZ", "LE GALL", "COLLET", "LÉGER", "BOUVIER", "JULIEN",
    "PRÉVOST",
    "MILLET", "PERROT", "DANIEL", "LE ROUX", "COUSIN", "GERMAIN", "BRETON",
    "BESSON", "LANGLOIS", "RÉMY", "LE GOFF", "PELLETIER", "LÉVÊQUE",
    "PERRIER", "LEBLANC", "BARRÉ", "LEBRUN", "MARCHAL", "WEBER", "MALLET",
    "HAMON", "BOULANGER", "JACOB", "MONNIER", "MICHAUD", "RODRIGUEZ",
    "GUICHARD", "GILLET", "ÉTIENNE", "GRONDIN", "POULAIN", "TESSIER",
    "CHEVALLIER", "COLLIN", "CHAUVIN", "DA SILVA", "BOUCHET", "GAY",
    "LEMAÎTRE", "BÉNARD", "MARÉCHAL", "HUMBERT", "REYNAUD", "ANTOINE",
    "HOAREAU", "PERRET", "BARTHÉLEMY", "CORDIER", "PICHON", "LEJEUNE",
    "GILBERT", "LAMY", "DELAUNAY", "PASQUIER", "CARLIER", "LAPORTE",
    "D'ALMEIDA", "N'DIAYE", "DE LA FONTAINE", "SAINT-MARTIN", "MARTIN-DUPONT",
    "LEFÈVRE-UTILE", "DUBOIS-MOREAU", "ABDELKADER", "NGUYEN", "TRAN",
    "BENSAÏD", "OUEDRAOGO", "CASANOVA", "SANTONI", "PIETRI", "ORSINI",
)

# First names by civility, so that "MME" never goes with "Jérôme".
FEMALE_FIRST_NAMES = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise",
    "Christine", "Sophie", "Valérie", "Sandrine", "Céline", "Aurélie",
    "Émilie", "Camille", "Julie", "Élodie", "Anne", "Hélène", "Caroline",
    "Virginie", "Laure", "Claire", "Agnès", "Cécile", "Chloé", "Léa",
    "Manon",
    "Inès", "Zoé", "Anaïs", "Maëlle", "Gaëlle", "Mélanie", "Amélie",
    "Séverine", "Emma", "Chantal", "Josiane", "Thérèse", "Geneviève",
    "Karine", "Delphine", "Stéphanie", "Audrey", "Pauline", "Margaux",
    "Océane", "Solène", "Morgane", "Marie-Hélène", "Marie-Claude",
    "Anne-Sophie", "Marie-Noëlle", "Anne-Laure", "Fatima", "Nadia",
    "Yasmine", "Aïcha", "Thi Lan", "Dominique", "Claude",
)
MALE_FIRST_NAMES = (
    "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Nicolas",
    "Christophe", "Patrick", "Daniel", "Stéphane", "Laurent", "Frédéric",
    "Julien", "David", "Sébastien", "Thomas", "Jérôme", "Olivier", "Éric",
    "Vincent", "Maxime", "Antoine", "Mathieu", "Guillaume", "Benoît", "Noël",
    "Joël", "Loïc", "Hervé", "Jérémy", "Benjamin", "Lucas", "Hugo",
    "Louis", "Léo", "René", "Gérard", "Bernard", "Yves", "Régis",
    "Fabrice", "Clément",
    "Raphaël", "Gaël", "Yannick", "Rémi", "Cédric", "Jean-Pierre",
    "Jean-Marc", "Jean-François", "Pierre-Yves", "Jean-Baptiste",
    "Paul-Émile", "François", "Mohamed", "Karim", "Samir", "Mehdi",
    "Ibrahim",
    "Minh", "Ange", "Dominique", "Claude", "Camille",
)

CITIES = (
    # (department, postal code, L6 routing city, weight)
    ("01", "01000", "BOURG EN BRESSE", 2), ("02", "02000", "LAON", 1),
    ("03", "03000", "MOULINS", 1), ("04", "04000", "DIGNE LES BAINS", 1),
    ("05", "05000", "GAP", 1), ("06", "06000", "NICE", 4),
    ("07", "07000", "PRIVAS", 1), ("08", "08000", "CHARLEVILLE MEZIERES", 1),
    ("09", "09000", "FOIX", 2), ("10", "10000", "TROYES", 1),
    ("11", "11000", "CARCASSONNE", 3), ("11", "11100", "NARBONNE", 2),
    ("12", "12000", "RODEZ", 3), ("13", "13005", "MARSEILLE", 6),
    ("13", "13100", "AIX EN PROVENCE", 3), ("14", "14000", "CAEN", 2),
    ("15", "15000", "AURILLAC", 1), ("16", "16000", "ANGOULEME", 1),
    ("17", "17000", "LA ROCHELLE", 2), ("18", "18000", "BOURGES", 1),
    ("19", "19000", "TULLE", 1), ("2A", "20000", "AJACCIO", 2),
    ("2A", "20137", "PORTO VECCHIO", 1), ("2B", "20200", "BASTIA", 2),
    ("2B", "20250", "CORTE", 1), ("2B", "20600", "FURIANI", 1),
    ("21", "21000", "DIJON", 2), ("22", "22000", "SAINT BRIEUC", 1),
    ("23", "23000", "GUERET", 1), ("24", "24100", "BERGERAC", 1),
    ("25", "25000", "BESANCON", 2), ("26", "26000", "VALENCE", 1),
    ("27", "27000", "EVREUX", 1), ("28", "28000", "CHARTRES", 1),
    ("29", "29200", "BREST", 2), ("30", "30000", "NIMES", 4),
    ("30", "30100", "ALES", 2), ("31", "31000", "TOULOUSE", 8),
    ("31", "31300", "TOULOUSE", 4), ("31", "31800", "SAINT GAUDENS", 2),
    ("32", "32000", "AUCH", 2), ("33", "33000", "BORDEAUX", 4),
    ("34", "34000", "MONTPELLIER", 7), ("34", "34500", "BEZIERS", 3),
    ("34", "34200", "SETE", 2), ("35", "35000", "RENNES", 2),
    ("36", "36000", "CHATEAUROUX", 1), ("37", "37000", "TOURS", 2),
    ("38", "38000", "GRENOBLE", 3), ("39", "39000", "LONS LE SAUNIER", 1),
    ("40", "40000", "MONT DE MARSAN", 1), ("41", "41000", "BLOIS", 1),
    ("42", "42000", "SAINT ETIENNE", 2), ("43", "43000", "LE PUY EN VELAY", 1),
    ("44", "44000", "NANTES", 3), ("45", "45000", "ORLEANS", 2),
    ("46", "46000", "CAHORS", 2), ("47", "47000", "AGEN", 1),
    ("48", "48000", "MENDE", 2), ("49", "49000", "ANGERS", 2),
    ("50", "50000", "SAINT LO", 1), ("51", "51100", "REIMS", 2),
    ("52", "52000", "CHAUMONT", 1), ("53", "53000", "LAVAL", 1),
    ("54", "54000", "NANCY", 2), ("55", "55000", "BAR LE DUC", 1),
    ("56", "56000", "VANNES", 1), ("57", "57000", "METZ", 2),
    ("58", "58000", "NEVERS", 1), ("59", "59000", "LILLE", 5),
    ("60", "60000", "BEAUVAIS", 1), ("61", "61000", "ALENCON", 1),
    ("62", "62000", "ARRAS", 2), ("63", "63000", "CLERMONT FERRAND", 2),
    ("64", "64000", "PAU", 2), ("65", "65000", "TARBES", 3),
    ("66", "66000", "PERPIGNAN", 4), ("67", "67000", "STRASBOURG", 3),
    ("68", "68000", "COLMAR", 1), ("69", "69003", "LYON", 5),
    ("70", "70000", "VESOUL", 1), ("71", "71000", "MACON", 1),
    ("72", "72000", "LE MANS", 2), ("73", "73000", "CHAMBERY", 1),
    ("74", "74000", "ANNECY", 2), ("75", "75013", "PARIS", 6),
    ("75", "75015", "PARIS", 5), ("75", "75020", "PARIS", 4),
    ("76", "76000", "ROUEN", 2), ("77", "77000", "MELUN", 2),
    ("78", "78000", "VERSAILLES", 2), ("79", "79000", "NIORT", 1),
    ("80", "80000", "AMIENS", 2), ("81", "81000", "ALBI", 3),
    ("81", "81100", "CASTRES", 2), ("82", "82000", "MONTAUBAN", 3),
    ("83", "83000", "TOULON", 3), ("84", "84000", "AVIGNON", 2),
    ("85", "85000", "LA ROCHE SUR YON", 1), ("86", "86000", "POITIERS", 2),
    ("87", "87000", "LIMOGES", 2), ("88", "88000", "EPINAL", 1),
    ("89", "89000", "AUXERRE", 1), ("90", "90000", "BELFORT", 1),
    ("91", "91000", "EVRY COURCOURONNES", 2), ("92", "92000", "NANTERRE", 3),
    ("93", "93000", "BOBIGNY", 3), ("94", "94000", "CRETEIL", 3),
    ("95", "95000", "CERGY", 2), ("971", "97110", "POINTE A PITRE", 2),
    ("972", "97200", "FORT DE FRANCE", 2), ("973", "97300", "CAYENNE", 1),
    ("974", "97400", "SAINT DENIS", 3), ("975", "97500", "SAINT PIERRE", 1),
    ("976", "97600", "MAMOUDZOU", 1),
)

# How a department code starts a FINESS number (the 3rd character is always
# 0; overseas territories use 97 0 t and 98 0 t).
FINESS_PREFIX = {"971": "9701", "972": "9702", "973": "9703", "974": "9704",
                 "975": "9705", "976": "9805"}
BAD_FINESS_DEPARTMENTS = ("00", "20", "96", "99")

# (code, label, civilities, savoir-faire choices, national domain, weight);
# categorie is C (civil) for all of them.
PROFESSIONS = (
    ("10", "Médecin", ("DR", "DR", "DR", "PR"),
     (("SM54", "Médecine générale"),
      ("SM26", "Qualifié en Médecine Générale"),
      ("SM04", "Cardiologie et maladies vasculaires"),
      ("SM02", "Anesthésie-réanimation"),
      ("SM19", "Gynécologie-obstétrique"),
      ("SM40", "Pédiatrie"), ("SM42", "Psychiatrie"),
      ("SM44", "Radio-diagnostic"), ("", "")),
     "medecin.mssante.fr", 40),
    ("21", "Pharmacien", ("DR", "M", "MME"),
     (("", ""), ("", ""), ("SP", "Biologie médicale")),
     "pharmacien.mssante.fr", 10),
    ("40", "Chirurgien-Dentiste", ("DR",),
     (("", ""), ("SCD01", "Orthopédie dento-faciale"),
      ("SCD02", "Chirurgie orale")),
     "chirurgien-dentiste.mssante.fr", 8),
    ("50", "Sage-Femme", ("MME", "MME", "M"), (("", ""),),
     "sage-femme.mssante.fr", 5),
    ("60", "Infirmier", ("MME", "M"), (("", ""),),
     "infirmier.mssante.fr", 22),
    ("70", "Masseur-Kinésithérapeute", ("M", "MME"), (("", ""),),
     "masseur-kinesitherapeute.mssante.fr", 8),
    ("80", "Pédicure-Podologue", ("M", "MME"), (("", ""),),
     "pedicure-podologue.mssante.fr", 2),
    ("91", "Orthophoniste", ("MME", "M"), (("", ""),),
     "orthophoniste.mssante.fr", 2),
    ("26", "Audioprothésiste", ("M", "MME"), (("", ""),), "", 1),
    ("96", "Psychomotricien", ("MME", "M"), (("", ""),), "", 1),
    ("94", "Ergothérapeute", ("MME", "M"), (("", ""),), "", 1),
)
NATIONAL_DOMAINS = frozenset(p[4] for p in PROFESSIONS if p[4])
# Professions still found with an ADELI number (paramedical ones).
ADELI_PROFESSIONS = frozenset(("60", "70", "80", "91", "26", "96", "94"))

# (kind, raison sociale patterns, id type weights {type: weight}, weight)
STRUCTURE_KINDS = (
    ("hopital", ("CENTRE HOSPITALIER DE {city}", "CHU DE {city}",
                 "CLINIQUE {saint}", "HOPITAL PRIVE DE {city}",
                 "POLYCLINIQUE DU {place}"), {"1": 9, "3": 1}, 14),
    ("ehpad", ("EHPAD {place}", "EHPAD RESIDENCE {place}",
               "MAISON DE RETRAITE {saint}"), {"1": 8, "3": 2}, 8),
    ("cabinet", ("CABINET MEDICAL DU {place}", "CABINET DU DR {nom}",
                 "SELARL {nom} ET ASSOCIES", "CABINET INFIRMIER {nom}",
                 "CABINET DE KINESITHERAPIE {place}"),
     {"3": 5, "4": 3, "0": 1, "2": 1}, 40),
    ("officine", ("PHARMACIE DU {place}", "PHARMACIE {nom}",
                  "PHARMACIE DE LA GARE"), {"1": 6, "3": 4}, 12),
    ("laboratoire", ("LABORATOIRE DE BIOLOGIE MEDICALE {place}",
                     "SELAS BIOLOGIE {city}"), {"1": 5, "3": 5}, 5),
    ("exercice_coordonne", ("MAISON DE SANTE PLURIPROFESSIONNELLE DE {city}",
                            "CPTS DU {place}", "CENTRE DE SANTE {saint}"),
     {"3": 6, "2": 2, "1": 2}, 8),
    ("social", ("ASSOCIATION {saint}", "SESSAD {place}", "IME {place}",
                "SAAD {city}"), {"1": 6, "3": 4}, 6),
)

PLACES = ("PARC", "CENTRE", "MIDI", "LAC", "CANAL", "VAL D'OLT", "PONT NEUF",
          "JARDIN DES PLANTES", "BOIS FLEURI", "SOLEIL", "CEDRES", "TILLEULS",
          "COTEAUX", "PAYS D'OC", "MONT VENTOUX", "LITTORAL")
SAINTS = ("SAINT JOSEPH", "SAINTE MARIE", "SAINT ROCH", "SAINT ELOI",
          "NOTRE DAME", "SAINT JACQUES", "LES CEDRES", "LES LILAS",
          "LA PROVIDENCE", "DU PARC")
VOIE_TYPES = ("R", "R", "R", "AV", "AV", "BD", "PL", "CHE", "RTE", "ALL",
              "IMP", "QUAI")
VOIE_NAMES = ("DE LA REPUBLIQUE", "VICTOR HUGO", "JEAN JAURES",
              "DU GENERAL DE GAULLE", "DES LILAS", "PASTEUR", "GAMBETTA",
              "DE LA GARE", "DU MARECHAL FOCH", "DES ECOLES", "SAINT MICHEL",
              "CLEMENCEAU", "DE VERDUN", "DU 8 MAI 1945", "JEAN MOULIN",
              "DES PYRENEES", "DE L'HOPITAL", "ALBERT CAMUS", "DU MOULIN",
              "FRANCOIS MITTERRAND", "DES ACACIAS", "DE LA LIBERATION")
L2_COMPLEMENTS = ("BATIMENT A", "BATIMENT B", "RESIDENCE LES PINS",
                  "2EME ETAGE", "POLE SANTE", "ZAC DU GRAND CHENE",
                  "ESPACE MEDICAL")
SERVICES = (
    ("secretariat.cardio", "Secrétariat de cardiologie"),
    ("urgences", "Service des urgences"),
    ("secretariat", "Secrétariat médical"),
    ("equipe-nuit", "Équipe de nuit"), ("accueil", "Accueil"),
    ("bloc.operatoire", "Bloc opératoire"),
    ("pharmacie", "Pharmacie à usage intérieur"),
    ("admissions", "Bureau des admissions"),
    ("cadre.sante", "Cadre de santé"),
    ("imagerie", "Imagerie médicale"), ("laboratoire", "Laboratoire"),
    ("direction", "Direction"), ("gestion.cas", "Gestionnaires de cas"),
    ("pediatrie", "Pédiatrie"), ("maternite", "Maternité"),
    ("oncologie", "Oncologie médicale"),
    ("psychiatrie", "Psychiatrie adulte"),
    ("ssr", "Soins de suite et de réadaptation"),
    ("dim", "Information médicale"),
)
APP_LOCALS = ("noreply", "dpi", "resultats", "lettres-sortie",
              "comptes-rendus", "biologie", "imagerie.cr", "messagerie.dpi")
# Share of personal rows with the structure's address: sets the average row
# size (the real extract: about 89 MB for 535,000 rows, ~166 bytes a row).
ADDRESS_SHARE = 0.2
# SIREN payloads (8 digits) stay below 35600000 so that no SIRET falls under
# La Poste's digit-sum exception (SIRENs 356000000...).
SIREN_FIRST, SIREN_SPAN = 30000000, 5000000
INVALID_UTF8 = ("\udce9", "\udcff", "\udcc3(", "\udce8\udc80")


def structure_domains(domains):
    """Domains fit for a structure: not the national per-profession ones
    (medecin.mssante.fr...), which hold personal boxes only."""
    return [d for d in domains if d not in NATIONAL_DOMAINS] or domains


def ascii_fold(text):
    """Lower-case ASCII form used in mailbox local parts: accents dropped,
    spaces become hyphens, apostrophes vanish ("N'DIAYE" -> "ndiaye")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.lower().replace("'", "").replace(" ", "-")
    return re.sub(r"[^a-z0-9.-]", "", plain)


class Names:
    """Pools of names with their ASCII-folded forms, computed once."""

    def __init__(self, rng):
        self.rng = rng
        self.last = [(n, ascii_fold(n)) for n in LAST_NAMES]
        self.female = [(n, ascii_fold(n)) for n in FEMALE_FIRST_NAMES]
        self.male = [(n, ascii_fold(n)) for n in MALE_FIRST_NAMES]
        self.taken = {}

    def person(self, civility=""):
        """(nom, prénom, nom ASCII, prénom ASCII); DR/PR/"" may be either."""
        rng = self.rng
        nom, nom_a = rng.choice(self.last)
        female = civility == "MME" or (civility != "M" and rng.random() < 0.5)
        prenom, prenom_a = rng.choice(self.female if female else self.male)
        return nom, prenom, nom_a, prenom_a

    def unique(self, local, domain):
        """Append a homonym digit when local@domain is already used."""
        key = local + "@" + domain
        seen = self.taken.get(key, 0)
        self.taken[key] = seen + 1
        return local + str(seen + 1) if seen else local


class Extract:
    """Builds rows; all randomness comes from one seeded Random."""

    def __init__(self, rng, domains, rows):
        self.rng = rng
        self.domains = domains
        self.domain_set = frozenset(domains)
        self.structure_domains = structure_domains(domains)
        self.names = Names(rng)
        self.rpps_next = 10000000 + rng.randrange(1000000)
        self.adeli_next = 1000 + rng.randrange(1000)
        self.siren_next = rng.randrange(SIREN_SPAN)
        self.finess_next = 10000 + rng.randrange(10000)
        self.city_weights = [c[3] for c in CITIES]
        self.prof_weights = [p[5] for p in PROFESSIONS]
        self.kind_weights = [k[3] for k in STRUCTURE_KINDS]
        self.structures = [self.new_structure()
                           for _ in range(max(20, rows // 14))]

    # identifiers: sequential with random gaps, so they never repeat
    def rpps(self):
        self.rpps_next += self.rng.randrange(1, 180)
        return with_key("10" + str(self.rpps_next))

    def adeli(self, dept, profession):
        self.adeli_next = (self.adeli_next + self.rng.randrange(1, 40)) % 10000
        return with_key(dept + profession + f"{self.adeli_next:04d}")

    def siren(self):
        self.siren_next = (self.siren_next
                           + self.rng.randrange(1, 200)) % SIREN_SPAN
        return with_key(str(SIREN_FIRST + self.siren_next))

    def siret(self):
        return with_key(self.siren() + f"{self.rng.randrange(1, 999):04d}")

    def finess(self, dept):
        self.finess_next = (self.finess_next
                            + self.rng.randrange(1, 60)) % 100000
        prefix = FINESS_PREFIX.get(dept, dept + "0")
        order = f"{self.finess_next:05d}"[len(prefix) - 3:]
        return finess_with_key(prefix + order)

    def structure_id(self, id_type, dept):
        if id_type == "1":
            return self.finess(dept)
        if id_type == "2":
            return self.siren()
        if id_type == "3":
            return self.siret()
        rank = f"{self.rng.randrange(1, 20):02d}"
        if id_type == "4":
            return with_key(self.rpps() + rank)
        metro = dept if len(dept) == 2 and dept.isdigit() else "31"
        return self.adeli(metro, "10") + rank

    def new_structure(self, id_type=None):
        rng = self.rng
        kind, patterns, type_weights, _ = rng.choices(
            STRUCTURE_KINDS, self.kind_weights)[0]
        dept, cp, city, _ = rng.choices(CITIES, self.city_weights)[0]
        if id_type is None:
            id_type = rng.choices(list(type_weights),
                                  list(type_weights.values()))[0]
        ident = self.structure_id(id_type, dept)
        if rng.random() < 0.3:
            ident = id_type + ident  # both published forms exist
        raison = rng.choice(patterns).format(
            city=city, place=rng.choice(PLACES), saint=rng.choice(SAINTS),
            nom=ascii_fold(rng.choice(LAST_NAMES)).upper().replace("-", " "))
        address = [
            raison,
            raison.split(" DE ")[0] if rng.random() < 0.1 else "",
            rng.choice(L2_COMPLEMENTS) if rng.random() < 0.15 else "",
            f"BP {rng.randrange(10, 900)}" if rng.random() < 0.05 else "",
            str(rng.randrange(1, 120)) if rng.random() < 0.9 else "",
            rng.choice(("B", "T")) if rng.random() < 0.04 else "",
            rng.choice(VOIE_TYPES), rng.choice(VOIE_NAMES),
            "LIEU DIT LES CAUSSES" if rng.random() < 0.02 else "",
            f"{cp} {city}", cp, dept, "France",
        ]
        return {"kind": kind, "type": id_type, "id": ident, "dept": dept,
                "domain": rng.choice(self.structure_domains),
                "columns": address}

    def structure_for(self, fault):
        if fault in FINESS_FAULTS:
            return self.new_structure("1")
        if fault == "bad_siret_key":
            return self.new_structure("3")
        return self.rng.choice(self.structures)

    def row(self, fault=None):
        rng = self.rng
        roll = rng.random()
        st = self.structure_for(fault)
        if fault in ("bad_rpps_key", "idnat_pp_inconsistent") or roll < 0.90:
            row = self.per_row(st, force_rpps=fault == "bad_rpps_key",
                               force_structure=fault in STRUCTURE_FAULTS)
        elif roll < 0.97:
            row = self.org_row(st, "ORG")
        elif roll < 0.985:
            row = self.org_row(st, "APP")
        else:
            row = self.per_row(st, bal_type="CAB")
        if fault:
            self.corrupt(row, fault, st)
        return row

    def per_row(self, st, bal_type="PER", force_rpps=False,
                force_structure=False):
        rng = self.rng
        code, label, civilities, savoirs, national, _ = rng.choices(
            PROFESSIONS, self.prof_weights)[0]
        civility = rng.choice(civilities)
        nom, prenom, nom_a, prenom_a = self.names.person(civility)
        if bal_type == "CAB":
            local = "cabinet." + nom_a
            domain = st["domain"]
        else:
            local = (nom_a + "." + prenom_a if rng.random() < 0.85
                     else prenom_a + "." + nom_a)
            use_national = (national in self.domain_set
                            and st["kind"] == "cabinet"
                            and rng.random() < 0.6)
            domain = national if use_national else st["domain"]
        address = self.names.unique(local, domain) + "@" + domain
        if (code in ADELI_PROFESSIONS and not force_rpps
                and rng.random() < 0.25):
            pp_type = "0"
            dept = st["dept"] if st["dept"].isdigit() and len(
                st["dept"]) == 2 else "31"
            pp_id = self.adeli(dept, code)
        else:
            pp_type, pp_id = "8", self.rpps()
        sf_code, sf_label = rng.choice(savoirs)
        with_structure = (rng.random() < 0.93 or bal_type == "CAB"
                          or force_structure)
        # Many personal rows carry the structure's id but no postal address.
        with_address = with_structure and (bal_type == "CAB"
                                           or rng.random() < ADDRESS_SHARE)
        service = ""
        if (bal_type == "PER" and with_structure and st["kind"] == "hopital"
                and rng.random() < 0.3):
            service = rng.choice(SERVICES)[1]
        return [bal_type, address, pp_type, pp_id, pp_type + pp_id,
                st["type"] if with_structure else "",
                st["id"] if with_structure else "", service,
                civility, nom, prenom, "C", "Civil", code, label,
                sf_code, sf_label, "O" if rng.random() < 0.85 else "N",
                *(st["columns"] if with_address else [""] * 13)]

    def org_row(self, st, bal_type):
        rng = self.rng
        if bal_type == "ORG":
            local, service = rng.choice(SERVICES)
        else:
            local, service = rng.choice(APP_LOCALS), ""
        address = self.names.unique(local, st["domain"]) + "@" + st["domain"]
        return [bal_type, address, "", "", "", st["type"], st["id"], service,
                "", "", "", "", "", "", "", "", "",
                "O" if rng.random() < 0.9 else "N", *st["columns"]]

    def corrupt(self, row, fault, st):
        """Make exactly one rule fail in a row built for this fault."""
        rng = self.rng
        if fault == "bad_rpps_key":
            row[C_PP_ID] = break_key(row[C_PP_ID], rng)
            row[C_IDNAT_PP] = row[C_PP_TYPE] + row[C_PP_ID]
        elif fault == "bad_finess_key":
            row[C_ST_ID] = break_key(row[C_ST_ID], rng)
        elif fault == "bad_siret_key":  # only the NIC changes: SIREN valid
            row[C_ST_ID] = break_key(row[C_ST_ID], rng)
        elif fault == "finess_bad_department":
            bad = rng.choice(BAD_FINESS_DEPARTMENTS) + "0"
            row[C_ST_ID] = (("1" if len(row[C_ST_ID]) == 10 else "")
                            + finess_with_key(bad + row[C_ST_ID][-6:-1]))
        elif fault == "address_without_at":
            row[C_ADDR] = row[C_ADDR].replace("@", rng.choice(("", ".")))
        elif fault == "address_consecutive_dots":
            local, domain = row[C_ADDR].split("@")
            local = (local.replace(".", "..", 1) if "." in local
                     else local[:1] + ".." + local[1:])
            row[C_ADDR] = local + "@" + domain
        elif fault == "domain_not_whitelisted":
            domain = row[C_ADDR].split("@")[1]
            row[C_ADDR] = row[C_ADDR].split("@")[0] + "@" + self.unlisted(
                domain)
        elif fault == "idnat_pp_inconsistent":
            other_type = "0" if row[C_PP_TYPE] == "8" else "8"
            row[C_IDNAT_PP] = rng.choice((
                "8" + self.rpps(), other_type + row[C_PP_ID], row[C_PP_ID]))
        elif fault == "wrong_field_count":
            if rng.random() < 0.5:
                del row[-1]
            else:
                row[C_RAISON] = row[C_RAISON] + "|" if row[C_RAISON] else "|"
        elif fault == "invalid_utf8":
            row[C_SERVICE] += rng.choice(INVALID_UTF8)
        elif fault == "bad_dematerialisation":
            row[C_DEMAT] = rng.choice(("X", "OUI", "1", "Y", "NON"))
        elif fault == "unknown_bal_type":
            row[C_TYPE] = rng.choice(("PRS", "BAL", "PERS", "USR", "NOM"))
        elif fault == "postal_department_mismatch":
            if not row[C_CP]:
                row[C_RAISON:] = st["columns"]
            dept = row[C_DEPT]
            row[C_DEPT] = rng.choice([c[0] for c in CITIES if c[0] != dept])
        else:
            raise ValueError(f"unknown fault kind {fault}")

    def unlisted(self, domain):
        rng = self.rng
        while True:
            candidate = rng.choice((
                "x." + domain,
                f"inconnu-{rng.randrange(100000)}.mssante.fr",
                f"ch-fictif{rng.randrange(1000)}.oc.mssante.fr"))
            if candidate not in self.domain_set:
                return candidate


def choose_faults(rng, rows, rate, kinds):
    """Map row index -> fault kind: exactly round(rows*rate) faulty rows,
    the kinds spread evenly among them."""
    count = min(rows, round(rows * rate))
    positions = rng.sample(range(rows), count)
    spread = [kinds[i % len(kinds)] for i in range(count)]
    rng.shuffle(spread)
    return dict(zip(positions, spread))


def write_lines(path, lines, eol="\n"):
    """Write lines to path ("-": stdout) in large chunks; surrogate-escaped
    characters become the raw invalid UTF-8 bytes they stand for. Return
    the number of bytes written."""
    out = sys.stdout.buffer if path == "-" else open(path, "wb")
    written = 0
    try:
        lines = iter(lines)
        while batch := list(itertools.islice(lines, 20000)):
            data = (eol.join(batch) + eol).encode("utf-8", "surrogateescape")
            out.write(data)
            written += len(data)
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    return written


def write_manifest(path, faults, rows, header_lines=1):
    """List faulty rows by file line number (1-based, header included):
    JSON when path ends in .json, else TSV. Return the count per kind."""
    ordered = sorted(faults.items())
    counts = {}
    for _, kind in ordered:
        counts[kind] = counts.get(kind, 0) + 1
    first = header_lines + 1
    with open(path, "w", encoding="utf-8") as out:
        if path.endswith(".json"):
            json.dump({"rows": rows, "header_lines": header_lines,
                       "faulty_rows": len(ordered), "counts": counts,
                       "faults": [{"line": i + first, "kind": k}
                                  for i, k in ordered]},
                      out, indent=1)
            out.write("\n")
        else:
            out.write(f"# line\tkind (first data line: {first})\n")
            out.writelines(f"{i + first}\t{k}\n" for i, k in ordered)
    return counts


def print_summary(program, what, faults, kinds, elapsed):
    """One summary line and the count of each fault kind, on stderr."""
    print(f"{program}: {what}, {len(faults)} faulty, {elapsed:.1f} s",
          file=sys.stderr)
    counts = {}
    for kind in faults.values():
        counts[kind] = counts.get(kind, 0) + 1
    for kind in kinds:
        print(f"  {kind}: {counts.get(kind, 0)}", file=sys.stderr)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", type=int, default=1000,
                   help="data rows (real extract: about 535000)")
    add_common_options(p, "faulty rows")
    p.add_argument("--fault-rate", type=float, default=0.05)
    p.add_argument("--faults", default=",".join(FAULT_KINDS),
                   help="comma-separated fault kinds to use")
    p.add_argument("--crlf", action="store_true", help="CRLF line ends")
    args = p.parse_args(argv)
    kinds = tuple(k for k in args.faults.split(",") if k)
    unknown = set(kinds) - set(FAULT_KINDS)
    if unknown or not kinds:
        p.error(f"--faults: unknown kinds {sorted(unknown)}; "
                f"known: {','.join(FAULT_KINDS)}")
    if args.rows < 0 or not 0 <= args.fault_rate <= 1:
        p.error("--rows must be >= 0 and --fault-rate within [0, 1]")
    args.faults = kinds
    return args


def main(argv=None):
    args = parse_args(argv)
    start = time.perf_counter()
    rng = random.Random(args.seed)
    domains = domains_for(args.whitelist)
    extract = Extract(rng, domains, args.rows)
    faults = choose_faults(rng, args.rows, args.fault_rate, args.faults)
    rows = ("|".join(extract.row(faults.get(i))) for i in range(args.rows))
    written = write_lines(args.output, itertools.chain([HEADER], rows),
                          "\r\n" if args.crlf else "\n")
    if args.faults_out:
        write_manifest(args.faults_out, faults, args.rows)
    print_summary("gen_extract", f"{args.rows} rows, {written} bytes "
                  f"({written / max(args.rows, 1):.1f} B/row), "
                  f"{len(domains)} domains, seed {args.seed}",
                  faults, args.faults, time.perf_counter() - start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
