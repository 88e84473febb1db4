namespace Publishing.Summaries.Model;

/// <summary>Who is responding: the sector (councils, unions, charities, academics...), the inspectorate, or the government.</summary>
public enum ResponseVoice { Sector, Inspectorate, Government }
