person: Jane Roe | nationality=Atlantis
