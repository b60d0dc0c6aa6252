// exercise: forward-vs-backward
a, b, c, d
