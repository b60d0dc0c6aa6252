// exercise: second-derivative-cost
a, b
