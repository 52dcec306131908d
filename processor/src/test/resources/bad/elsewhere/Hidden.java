package bad.elsewhere;

interface Hidden {}
