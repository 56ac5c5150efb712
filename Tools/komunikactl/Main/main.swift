import KomunikactlCommands

await Komunikactl.runAndExit()
