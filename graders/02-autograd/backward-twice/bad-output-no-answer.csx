// exercise: backward-twice
// not sure yet
