using System.Security.Claims;
using TriThuc.SharedKernel.Security;

namespace TriThuc.SharedKernel.Tests.Security;

public sealed class PlatformUserTests
{
    private static readonly Guid Person = Guid.Parse("0f6b2c4e-8d1a-4e3b-9c7d-2a5e8f1b3c6d");

    [Fact]
    public void An_intellectual_signed_in_as_themselves_is_limited_to_their_own_person()
    {
        var user = PlatformUser.From(Principal(new(PlatformClaims.Role, Roles.Intellectual), new(PlatformClaims.Person, Person.ToString())));

        user.IsOnlySelf.Should().BeTrue();
        user.PersonId.Should().Be(Person);
        AccessPolicy.Allows(user, FieldAccess.Writes("Associations").OrSelf(), sensitive: false).Should().BeTrue();
    }

    [Fact]
    public void A_token_with_a_staff_role_beside_the_intellectual_role_is_staff_only_and_gets_no_self_access()
    {
        var user = PlatformUser.From(Principal(
            new(PlatformClaims.Role, Roles.Editor), new(PlatformClaims.Module, "Health"),
            new(PlatformClaims.Role, Roles.Intellectual), new(PlatformClaims.Person, Person.ToString())));

        user.PersonId.Should().BeNull();
        user.IsOnlySelf.Should().BeFalse();
        AccessPolicy.Allows(user, FieldAccess.Writes("Associations").OrSelf(), sensitive: false)
            .Should().BeFalse("a Health editor may not write Associations, whatever person claim the token carries");
    }

    private static ClaimsPrincipal Principal(params Claim[] claims) =>
        new(new ClaimsIdentity([new Claim(PlatformClaims.Subject, "nguoi-dung"), .. claims], "test", PlatformClaims.Name, PlatformClaims.Role));
}
