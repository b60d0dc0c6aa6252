// exercise: backward-twice
b
