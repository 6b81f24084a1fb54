person: Jane Roe | height=180
