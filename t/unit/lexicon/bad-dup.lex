city: Springfield
place: Springfield
