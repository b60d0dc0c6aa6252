// exercise: forward-vs-backward
c
b
a
