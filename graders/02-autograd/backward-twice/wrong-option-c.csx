// exercise: backward-twice
c
