// exercise: forward-vs-backward
e
