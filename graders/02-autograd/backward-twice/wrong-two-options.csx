// exercise: backward-twice
a, b
