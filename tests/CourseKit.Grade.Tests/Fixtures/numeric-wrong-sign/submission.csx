// exercise: limit-value
// The difference quotient of 3x² − 4x at x = 1 tends to 6·1 − 4 = 2; this answer has its sign flipped.
answer = -2
