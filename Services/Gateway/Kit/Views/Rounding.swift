/// How figures are shown: NPS and shares to one decimal, means to two.
public enum Rounding {
    public static func nps(_ value: Double) -> Double { (value * 10).rounded() / 10 }
    public static func mean(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
