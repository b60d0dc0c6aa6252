// exercise: second-derivative-cost
a
