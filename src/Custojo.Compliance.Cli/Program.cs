using Custojo.Compliance.Cli;

return CustojoApp.Run(args);
