// exercise: second-derivative-cost
// not sure yet
