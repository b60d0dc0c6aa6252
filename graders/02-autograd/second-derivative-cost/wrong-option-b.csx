// exercise: second-derivative-cost
b
