city: Zürich
