// exercise: backward-twice
d
