I+1
0cos
system
(S'echo pwned'
tR.