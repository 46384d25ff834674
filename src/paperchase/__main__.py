from paperchase.cli import main

main()
