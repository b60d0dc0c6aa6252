// exercise: second-derivative-cost
// The first option is the right one.
A)
