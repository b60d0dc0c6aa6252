// exercise: second-derivative-cost
d
