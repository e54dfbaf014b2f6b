from tailorkit.cli import main

main()
