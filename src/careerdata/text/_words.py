"""Word lists of English grammar (text/english.py): sounds, proper words, product names."""

from __future__ import annotations

__all__ = [
    "CONSONANT_SOUND_STARTS",
    "PRODUCT_NAMES",
    "PROPER_WORDS",
    "SILENT_H_STARTS",
    "VOWEL_SOUND_STARTS",
]

# Word beginnings spelled with a vowel but said with a consonant sound ("a university", "a
# European", "a one-stop shop"), and beginnings with a silent h ("an hourly", "an honors";
# "an herbalist" as American English says it, the h of "herb" silent).
CONSONANT_SOUND_STARTS = (
    "uni",
    "use",
    "usa",
    "usu",
    "uti",
    "ute",
    "uto",
    "uran",
    "uro",
    "ure",
    "ubi",
    "uku",
    "eu",
    "ewe",
    "one",
    "once",
)
# Exceptions to the exceptions: "an unidentified", "an unimportant", "an uninsured".
VOWEL_SOUND_STARTS = ("unid", "unim", "unin")
SILENT_H_STARTS = ("hour", "honor", "honour", "honest", "heir", "herb")

# Names of languages, nations and peoples and their adjectives: English capitalises them in
# running text ("an English teacher", "American Sign Language interpreters").
PROPER_WORDS = frozenset(
    {
        "African",
        "Alaska",
        "Alaskan",
        "American",
        "Americans",
        "Arabic",
        "Asian",
        "Braille",
        "British",
        "Canadian",
        "Chinese",
        "Christian",
        "Dutch",
        "English",
        "European",
        "French",
        "German",
        "Greek",
        "Hawaiian",
        "Hebrew",
        "Hispanic",
        "Indian",
        "Irish",
        "Islamic",
        "Italian",
        "Japanese",
        "Jewish",
        "Korean",
        "Latin",
        "Latino",
        "Mexican",
        "Portuguese",
        "Roman",
        "Russian",
        "Scottish",
        "Spanish",
        "Vietnamese",
        "Welsh",
    }
)
# Names of products, languages and tools that skills name: prose keeps their capital ("Python",
# "Figma"), as it keeps acronyms ("SQL") and words with inner capitals ("JavaScript").
PRODUCT_NAMES = frozenset(
    {
        "Adobe",
        "Android",
        "Angular",
        "Ansible",
        "AutoCAD",
        "Azure",
        "Django",
        "Docker",
        "Excel",
        "Figma",
        "Git",
        "Google",
        "Hadoop",
        "InDesign",
        "Java",
        "Jira",
        "Kotlin",
        "Kubernetes",
        "Linux",
        "Matlab",
        "Microsoft",
        "Oracle",
        "Perl",
        "Photoshop",
        "PowerPoint",
        "Python",
        "QuickBooks",
        "Revit",
        "Salesforce",
        "Scala",
        "Shopify",
        "Tableau",
        "Terraform",
        "Unix",
        "Windows",
        "WordPress",
        "Zendesk",
    }
)
