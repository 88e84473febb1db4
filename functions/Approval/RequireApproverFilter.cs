using Microsoft.AspNetCore.Http;
using Publishing.Hosting.Http;
using Publishing.Statements.Keys;

namespace Publishing.Approval;

/// <summary>For the approval endpoints: 401 without a valid API key, 403 for a key not issued with <c>--approver</c>.</summary>
public sealed class RequireApproverFilter(ApiKeyStore keys) : IEndpointFilter
{
    public const string ApproverItem = "publishing.approver";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var record = await keys.AuthenticateRecordAsync(ApiKeyAuthentication.PresentedKey(context.HttpContext.Request), context.HttpContext.RequestAborted);
        if (record is null) return Problems.Unauthorized();
        if (!record.MayApprove) return Problems.Forbidden("This API key may not decide on held documents; an approver key is issued with 'keys issue --approver'.");
        context.HttpContext.Items[ApproverItem] = $"{record.Body.Name} (key {record.KeyId})";
        return await next(context);
    }
}
