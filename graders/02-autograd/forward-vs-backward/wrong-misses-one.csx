// exercise: forward-vs-backward
a, b
