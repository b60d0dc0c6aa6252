// exercise: backward-twice
// The first option is the right one.
A)
