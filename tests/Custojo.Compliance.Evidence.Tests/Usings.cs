global using Custojo.Compliance.Evidence.Tests.Support;
