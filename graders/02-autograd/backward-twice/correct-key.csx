// exercise: backward-twice
a
