// exercise: forward-vs-backward
f
