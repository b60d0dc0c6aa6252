// exercise: second-derivative-cost
c
