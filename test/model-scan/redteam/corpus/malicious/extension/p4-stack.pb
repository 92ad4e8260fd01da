€Œ
subprocessŒPopen“Œid…R.