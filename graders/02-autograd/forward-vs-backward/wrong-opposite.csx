// exercise: forward-vs-backward
d, e
