person: Jane Roe | jobTitle=Editor

organisation: Acme Widgets
person Jane Doe
