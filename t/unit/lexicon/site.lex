# A site's own names (NewsCleanLexicon format, docs/metadata.md).
person: Oleksandr Syrskyi | jobTitle=Commander-in-Chief | nationality=Ukrainian | alias=Syrsky
person: Kaja Kallas | jobTitle=High Representative | nationality=Estonia
organization: Kyiv Independent | alias=KI
event: Ramstein meeting
place: Pokrovsk direction
city: Pokrovsk
title: Ombudsperson
