using System.Numerics;

namespace ScormBuilder.ReviewPack;

/// <summary>An exact chance, kept in lowest terms: the coverage table prints it as a fraction, never rounded.</summary>
internal readonly record struct Fraction
{
    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new ArgumentException("A fraction needs a denominator other than 0.", nameof(denominator));
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (divisor.IsZero)
        {
            divisor = BigInteger.One;
        }

        var sign = denominator.Sign;
        Numerator = sign * numerator / divisor;
        Denominator = sign * denominator / divisor;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Fraction Zero { get; } = new(0, 1);

    public static Fraction One { get; } = new(1, 1);

    public bool IsZero => Numerator.IsZero;

    public static Fraction operator +(Fraction a, Fraction b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>'0', '1' or 'n/d'.</summary>
    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
