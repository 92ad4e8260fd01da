€cos
system
U
echo pwned…R.