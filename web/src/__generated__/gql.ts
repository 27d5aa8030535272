/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      organization {\n        id\n        name\n      }\n      telegram {\n        telegramUsername\n        linkedAt\n      }\n    }\n    crmSettings {\n      timeZone\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment TaskRow on Task {\n    id\n    kind\n    title\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n  }\n": typeof types.TaskRowFragmentDoc,
    "\n  mutation ChangeTaskStatus($input: ChangeTaskStatusInput!) {\n    changeTaskStatus(input: $input) {\n      task {\n        id\n        status\n        version\n      }\n    }\n  }\n": typeof types.ChangeTaskStatusDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteToken\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100, includeRevoked: true) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          allowedOperations\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $after: String, $language: Language) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment CrmSettingsFields on CrmSettings {\n    timeZone\n    renewalLeadDays\n    sellersSeeAllDeals\n    today\n    version\n  }\n": typeof types.CrmSettingsFieldsFragmentDoc,
    "\n  query CrmSettings {\n    crmSettings {\n      ...CrmSettingsFields\n    }\n  }\n": typeof types.CrmSettingsDocument,
    "\n  mutation UpdateCrmSettings($input: UpdateCrmSettingsInput!) {\n    updateCrmSettings(input: $input) {\n      settings {\n        ...CrmSettingsFields\n      }\n    }\n  }\n": typeof types.UpdateCrmSettingsDocument,
    "\n  query InsurersAdmin {\n    insurers(includeInactive: true) {\n      id\n      name\n      active\n      version\n      products {\n        id\n        name\n        insuranceType\n        active\n        version\n        insurer {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InsurersAdminDocument,
    "\n  mutation CreateInsurer($input: CreateInsurerInput!) {\n    createInsurer(input: $input) {\n      insurer {\n        id\n      }\n    }\n  }\n": typeof types.CreateInsurerDocument,
    "\n  mutation UpdateInsurer($input: UpdateInsurerInput!) {\n    updateInsurer(input: $input) {\n      insurer {\n        id\n        name\n        active\n        version\n      }\n    }\n  }\n": typeof types.UpdateInsurerDocument,
    "\n  mutation UpdateInsuranceProduct($input: UpdateInsuranceProductInput!) {\n    updateInsuranceProduct(input: $input) {\n      product {\n        id\n        name\n        insuranceType\n        active\n        version\n      }\n    }\n  }\n": typeof types.UpdateInsuranceProductDocument,
    "\n  mutation CreateInsuranceProduct($input: CreateInsuranceProductInput!) {\n    createInsuranceProduct(input: $input) {\n      product {\n        id\n      }\n    }\n  }\n": typeof types.CreateInsuranceProductDocument,
    "\n  query ClientCard($id: ID!) {\n    client(id: $id) {\n      id\n      kind\n      displayName\n      phones\n      phonesE164\n      emails\n      inn\n      address\n      notes\n      version\n      owner {\n        id\n        displayName\n      }\n      mergedInto {\n        id\n        displayName\n      }\n      deals(first: 50) {\n        edges {\n          node {\n            id\n            title\n            stage\n          }\n        }\n      }\n      documents {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ClientCardDocument,
    "\n  query ClientsList($search: String) {\n    clients(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          displayName\n          phones\n          emails\n          inn\n          deals(first: 10) {\n            edges {\n              node {\n                id\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientsListDocument,
    "\n  mutation DeleteClient($input: DeleteClientInput!) {\n    deleteClient(input: $input) {\n      deletedClientId\n    }\n  }\n": typeof types.DeleteClientDocument,
    "\n  query ClientVersion($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      version\n    }\n  }\n": typeof types.ClientVersionDocument,
    "\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) {\n      client {\n        id\n      }\n      movedDeals {\n        id\n      }\n    }\n  }\n": typeof types.MergeClientsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      client {\n        id\n      }\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  query DealAuditTrail($id: ID!, $language: Language) {\n    deal(id: $id) {\n      id\n      auditTrail(first: 50) {\n        edges {\n          node {\n            ...AuditEntryRow\n          }\n        }\n      }\n    }\n  }\n  fragment AuditEntryRow on AuditEntry {\n    id\n    occurredAt\n    actorKind\n    actorUser {\n      displayName\n    }\n    channel\n    action\n    outcome\n    summary(language: $language)\n    changes {\n      field\n      label(language: $language)\n      fromText(language: $language)\n      toText(language: $language)\n      fromUsers {\n        displayName\n      }\n      toUsers {\n        displayName\n      }\n    }\n  }\n": typeof types.DealAuditTrailDocument,
    "\n  query DealCalculations($id: ID!) {\n    deal(id: $id) {\n      id\n      calculations {\n        id\n        version\n        status\n        variantLabel\n        insuredObject\n        commissionRate\n        premium {\n          amount\n          currency\n        }\n        commissionAmount {\n          amount\n          currency\n        }\n        insurer {\n          id\n          name\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DealCalculationsDocument,
    "\n  query Insurers {\n    insurers {\n      id\n      name\n      products {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InsurersDocument,
    "\n  mutation AddCalculation($input: AddCalculationInput!) {\n    addCalculation(input: $input) {\n      calculation {\n        id\n      }\n    }\n  }\n": typeof types.AddCalculationDocument,
    "\n  mutation ChooseCalculation($input: ChooseCalculationInput!) {\n    chooseCalculation(input: $input) {\n      chosen {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ChooseCalculationDocument,
    "\n  query DealCard($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      stage\n      version\n      insuranceType\n      reviewDate\n      reviewDateReason\n      reviewDateManual\n      expectedPremium {\n        amount\n        currency\n      }\n      owner {\n        id\n        displayName\n      }\n      client {\n        id\n        displayName\n        phones\n        emails\n        inn\n      }\n    }\n  }\n": typeof types.DealCardDocument,
    "\n  subscription DealCardLive($id: ID!) {\n    dealChanged(id: $id) {\n      kind\n      eventId\n      deal {\n        id\n        version\n      }\n    }\n  }\n": typeof types.DealCardLiveDocument,
    "\n  mutation SetDealReviewDate($input: SetDealReviewDateInput!) {\n    setDealReviewDate(input: $input) {\n      deal {\n        id\n        version\n        reviewDate\n      }\n    }\n  }\n": typeof types.SetDealReviewDateDocument,
    "\n  mutation SnoozeDeal($input: SnoozeDealInput!) {\n    snoozeDeal(input: $input) {\n      deal {\n        id\n        version\n        reviewDate\n      }\n    }\n  }\n": typeof types.SnoozeDealDocument,
    "\n  query DealDocuments($id: ID!) {\n    deal(id: $id) {\n      id\n      documentsFolder {\n        id\n        name\n        documents {\n          id\n        }\n        folders {\n          id\n          name\n          section\n          documents {\n            id\n          }\n          folders {\n            id\n            name\n            documents {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealDocumentsDocument,
    "\n  query FolderDocuments($id: ID!) {\n    folder(id: $id) {\n      id\n      documents {\n        ...DocumentRow\n      }\n    }\n  }\n  fragment DocumentRow on Document {\n    id\n    name\n    version\n    size\n    contentType\n    updatedAt\n    bytesDeletedAt\n    versions {\n      id\n      version\n      originalName\n      size\n      available\n      createdAt\n    }\n  }\n": typeof types.FolderDocumentsDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      url\n      maxBytes\n      name\n    }\n  }\n": typeof types.RequestUploadDocument,
    "\n  mutation RequestDownload($input: RequestDownloadInput!) {\n    requestDownload(input: $input) {\n      url\n    }\n  }\n": typeof types.RequestDownloadDocument,
    "\n  query DealJournal($id: ID!) {\n    deal(id: $id) {\n      id\n      journal(first: 100) {\n        edges {\n          node {\n            id\n            kind\n            text\n            version\n            edited\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealJournalDocument,
    "\n  query DealJournalHistory($id: ID!) {\n    deal(id: $id) {\n      id\n      journal(first: 100) {\n        edges {\n          node {\n            id\n            history {\n              version\n              text\n              writtenAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealJournalHistoryDocument,
    "\n  mutation AddJournalEntry($input: AddJournalEntryInput!) {\n    addJournalEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.AddJournalEntryDocument,
    "\n  mutation EditJournalEntry($input: EditJournalEntryInput!) {\n    editJournalEntry(input: $input) {\n      entry {\n        id\n        version\n      }\n    }\n  }\n": typeof types.EditJournalEntryDocument,
    "\n  query DealMoneySummary($id: ID!) {\n    deal(id: $id) {\n      id\n      moneySummaries {\n        currency\n        premiumPlanned {\n          amount\n          currency\n        }\n        premiumPaid {\n          amount\n          currency\n        }\n        commissionPlanned {\n          amount\n          currency\n        }\n        commissionReceived {\n          amount\n          currency\n        }\n        netIncome {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.DealMoneySummaryDocument,
    "\n  query DealPolicies($id: ID!) {\n    deal(id: $id) {\n      id\n      policies {\n        id\n        number\n        status\n        version\n        startDate\n        endDate\n        premium {\n          amount\n          currency\n        }\n        insurer {\n          id\n          name\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DealPoliciesDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        id\n      }\n    }\n  }\n": typeof types.CreatePolicyDocument,
    "\n  query PolicySchedule($policyId: ID!) {\n    policySchedule(policyId: $policyId) {\n      policyId\n      version\n      hasOpenConflicts\n      instalments {\n        id\n        dueDate\n        status\n        version\n        amount {\n          amount\n          currency\n        }\n        paid {\n          amount\n          currency\n        }\n        outstanding {\n          amount\n          currency\n        }\n      }\n      commissionIncomes {\n        id\n        expectedDate\n        status\n        version\n        amount {\n          amount\n          currency\n        }\n        received {\n          amount\n          currency\n        }\n        outstanding {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.PolicyScheduleDocument,
    "\n  mutation RecordInstalmentPayment($input: RecordInstalmentPaymentInput!) {\n    recordInstalmentPayment(input: $input) {\n      instalment {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RecordInstalmentPaymentDocument,
    "\n  mutation RecordCommissionReceipt($input: RecordCommissionReceiptInput!) {\n    recordCommissionReceipt(input: $input) {\n      income {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RecordCommissionReceiptDocument,
    "\n  query DealTasks($id: ID!) {\n    deal(id: $id) {\n      id\n      tasks(first: 50) {\n        edges {\n          node {\n            ...TaskRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealTasksDocument,
    "\n  query OrgUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n          active\n        }\n      }\n    }\n  }\n": typeof types.OrgUsersDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  query ClientSearch($search: String, $first: Int) {\n    clients(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          phones\n          emails\n          inn\n        }\n      }\n    }\n  }\n": typeof types.ClientSearchDocument,
    "\n  query ClientDuplicates($input: ClientDuplicateCheckInput!) {\n    clientDuplicates(input: $input) {\n      client {\n        id\n        displayName\n      }\n      matchedOn\n    }\n  }\n": typeof types.ClientDuplicatesDocument,
    "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      deal {\n        id\n      }\n    }\n  }\n": typeof types.CreateDealDocument,
    "\n  mutation ChangeDealStage($input: ChangeDealStageInput!) {\n    changeDealStage(input: $input) {\n      deal {\n        id\n        stage\n        version\n      }\n    }\n  }\n": typeof types.ChangeDealStageDocument,
    "\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n": typeof types.DealStageCountsDocument,
    "\n  subscription DealsListLive {\n    myDealsChanged {\n      kind\n      deal {\n        id\n      }\n    }\n  }\n": typeof types.DealsListLiveDocument,
    "\n  query DealsList($filter: DealsFilter, $sort: DealSort, $first: Int) {\n    deals(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          reviewDate\n          reviewDateReason\n          updatedAt\n          expectedPremium {\n            amount\n            currency\n          }\n          client {\n            id\n            displayName\n          }\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealsListDocument,
    "\n  query UnreadNotificationsCount {\n    unreadNotificationsCount\n  }\n": typeof types.UnreadNotificationsCountDocument,
    "\n  query NotificationsInbox($filter: NotificationFilter, $first: Int) {\n    notifications(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          archivedAt\n          deal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsInboxDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation ArchiveNotifications($input: ArchiveNotificationsInput!) {\n    archiveNotifications(input: $input) {\n      unreadCount\n    }\n  }\n": typeof types.ArchiveNotificationsDocument,
    "\n  mutation MarkNotificationsSeen {\n    markNotificationsSeen\n  }\n": typeof types.MarkNotificationsSeenDocument,
    "\n  subscription NotificationAddedLive {\n    notificationAdded {\n      notification {\n        id\n      }\n    }\n  }\n": typeof types.NotificationAddedLiveDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n  fragment NotificationSettingsFields on NotificationSettings {\n    timeZone\n    telegramActive\n    quietHours {\n      start\n      end\n    }\n    preferences {\n      kind\n      channel\n      enabled\n      mandatory\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  query CommissionReport($input: CommissionReportInput!) {\n    commissionReport(input: $input) {\n      month\n      seller {\n        id\n        displayName\n      }\n      planned {\n        amount\n        currency\n      }\n      received {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.CommissionReportDocument,
    "\n  mutation CreateTelegramLinkCode {\n    createTelegramLinkCode {\n      code\n      expiresAt\n    }\n  }\n": typeof types.CreateTelegramLinkCodeDocument,
    "\n  query MyTasks($filter: TaskFilter) {\n    myTasks(relation: ASSIGNED_TO_ME, first: 100, filter: $filter) {\n      edges {\n        node {\n          ...TaskRow\n          deal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  subscription MyTasksLive {\n    myTasksChanged {\n      kind\n      task {\n        id\n      }\n    }\n  }\n": typeof types.MyTasksLiveDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      organization {\n        id\n        name\n      }\n      telegram {\n        telegramUsername\n        linkedAt\n      }\n    }\n    crmSettings {\n      timeZone\n    }\n  }\n": types.MeDocument,
    "\n  fragment TaskRow on Task {\n    id\n    kind\n    title\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n  }\n": types.TaskRowFragmentDoc,
    "\n  mutation ChangeTaskStatus($input: ChangeTaskStatusInput!) {\n    changeTaskStatus(input: $input) {\n      task {\n        id\n        status\n        version\n      }\n    }\n  }\n": types.ChangeTaskStatusDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteToken\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100, includeRevoked: true) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          allowedOperations\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $after: String, $language: Language) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment CrmSettingsFields on CrmSettings {\n    timeZone\n    renewalLeadDays\n    sellersSeeAllDeals\n    today\n    version\n  }\n": types.CrmSettingsFieldsFragmentDoc,
    "\n  query CrmSettings {\n    crmSettings {\n      ...CrmSettingsFields\n    }\n  }\n": types.CrmSettingsDocument,
    "\n  mutation UpdateCrmSettings($input: UpdateCrmSettingsInput!) {\n    updateCrmSettings(input: $input) {\n      settings {\n        ...CrmSettingsFields\n      }\n    }\n  }\n": types.UpdateCrmSettingsDocument,
    "\n  query InsurersAdmin {\n    insurers(includeInactive: true) {\n      id\n      name\n      active\n      version\n      products {\n        id\n        name\n        insuranceType\n        active\n        version\n        insurer {\n          id\n        }\n      }\n    }\n  }\n": types.InsurersAdminDocument,
    "\n  mutation CreateInsurer($input: CreateInsurerInput!) {\n    createInsurer(input: $input) {\n      insurer {\n        id\n      }\n    }\n  }\n": types.CreateInsurerDocument,
    "\n  mutation UpdateInsurer($input: UpdateInsurerInput!) {\n    updateInsurer(input: $input) {\n      insurer {\n        id\n        name\n        active\n        version\n      }\n    }\n  }\n": types.UpdateInsurerDocument,
    "\n  mutation UpdateInsuranceProduct($input: UpdateInsuranceProductInput!) {\n    updateInsuranceProduct(input: $input) {\n      product {\n        id\n        name\n        insuranceType\n        active\n        version\n      }\n    }\n  }\n": types.UpdateInsuranceProductDocument,
    "\n  mutation CreateInsuranceProduct($input: CreateInsuranceProductInput!) {\n    createInsuranceProduct(input: $input) {\n      product {\n        id\n      }\n    }\n  }\n": types.CreateInsuranceProductDocument,
    "\n  query ClientCard($id: ID!) {\n    client(id: $id) {\n      id\n      kind\n      displayName\n      phones\n      phonesE164\n      emails\n      inn\n      address\n      notes\n      version\n      owner {\n        id\n        displayName\n      }\n      mergedInto {\n        id\n        displayName\n      }\n      deals(first: 50) {\n        edges {\n          node {\n            id\n            title\n            stage\n          }\n        }\n      }\n      documents {\n        id\n        name\n      }\n    }\n  }\n": types.ClientCardDocument,
    "\n  query ClientsList($search: String) {\n    clients(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          displayName\n          phones\n          emails\n          inn\n          deals(first: 10) {\n            edges {\n              node {\n                id\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ClientsListDocument,
    "\n  mutation DeleteClient($input: DeleteClientInput!) {\n    deleteClient(input: $input) {\n      deletedClientId\n    }\n  }\n": types.DeleteClientDocument,
    "\n  query ClientVersion($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      version\n    }\n  }\n": types.ClientVersionDocument,
    "\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) {\n      client {\n        id\n      }\n      movedDeals {\n        id\n      }\n    }\n  }\n": types.MergeClientsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      client {\n        id\n      }\n    }\n  }\n": types.CreateClientDocument,
    "\n  query DealAuditTrail($id: ID!, $language: Language) {\n    deal(id: $id) {\n      id\n      auditTrail(first: 50) {\n        edges {\n          node {\n            ...AuditEntryRow\n          }\n        }\n      }\n    }\n  }\n  fragment AuditEntryRow on AuditEntry {\n    id\n    occurredAt\n    actorKind\n    actorUser {\n      displayName\n    }\n    channel\n    action\n    outcome\n    summary(language: $language)\n    changes {\n      field\n      label(language: $language)\n      fromText(language: $language)\n      toText(language: $language)\n      fromUsers {\n        displayName\n      }\n      toUsers {\n        displayName\n      }\n    }\n  }\n": types.DealAuditTrailDocument,
    "\n  query DealCalculations($id: ID!) {\n    deal(id: $id) {\n      id\n      calculations {\n        id\n        version\n        status\n        variantLabel\n        insuredObject\n        commissionRate\n        premium {\n          amount\n          currency\n        }\n        commissionAmount {\n          amount\n          currency\n        }\n        insurer {\n          id\n          name\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DealCalculationsDocument,
    "\n  query Insurers {\n    insurers {\n      id\n      name\n      products {\n        id\n        name\n      }\n    }\n  }\n": types.InsurersDocument,
    "\n  mutation AddCalculation($input: AddCalculationInput!) {\n    addCalculation(input: $input) {\n      calculation {\n        id\n      }\n    }\n  }\n": types.AddCalculationDocument,
    "\n  mutation ChooseCalculation($input: ChooseCalculationInput!) {\n    chooseCalculation(input: $input) {\n      chosen {\n        id\n        status\n      }\n    }\n  }\n": types.ChooseCalculationDocument,
    "\n  query DealCard($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      stage\n      version\n      insuranceType\n      reviewDate\n      reviewDateReason\n      reviewDateManual\n      expectedPremium {\n        amount\n        currency\n      }\n      owner {\n        id\n        displayName\n      }\n      client {\n        id\n        displayName\n        phones\n        emails\n        inn\n      }\n    }\n  }\n": types.DealCardDocument,
    "\n  subscription DealCardLive($id: ID!) {\n    dealChanged(id: $id) {\n      kind\n      eventId\n      deal {\n        id\n        version\n      }\n    }\n  }\n": types.DealCardLiveDocument,
    "\n  mutation SetDealReviewDate($input: SetDealReviewDateInput!) {\n    setDealReviewDate(input: $input) {\n      deal {\n        id\n        version\n        reviewDate\n      }\n    }\n  }\n": types.SetDealReviewDateDocument,
    "\n  mutation SnoozeDeal($input: SnoozeDealInput!) {\n    snoozeDeal(input: $input) {\n      deal {\n        id\n        version\n        reviewDate\n      }\n    }\n  }\n": types.SnoozeDealDocument,
    "\n  query DealDocuments($id: ID!) {\n    deal(id: $id) {\n      id\n      documentsFolder {\n        id\n        name\n        documents {\n          id\n        }\n        folders {\n          id\n          name\n          section\n          documents {\n            id\n          }\n          folders {\n            id\n            name\n            documents {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DealDocumentsDocument,
    "\n  query FolderDocuments($id: ID!) {\n    folder(id: $id) {\n      id\n      documents {\n        ...DocumentRow\n      }\n    }\n  }\n  fragment DocumentRow on Document {\n    id\n    name\n    version\n    size\n    contentType\n    updatedAt\n    bytesDeletedAt\n    versions {\n      id\n      version\n      originalName\n      size\n      available\n      createdAt\n    }\n  }\n": types.FolderDocumentsDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      url\n      maxBytes\n      name\n    }\n  }\n": types.RequestUploadDocument,
    "\n  mutation RequestDownload($input: RequestDownloadInput!) {\n    requestDownload(input: $input) {\n      url\n    }\n  }\n": types.RequestDownloadDocument,
    "\n  query DealJournal($id: ID!) {\n    deal(id: $id) {\n      id\n      journal(first: 100) {\n        edges {\n          node {\n            id\n            kind\n            text\n            version\n            edited\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DealJournalDocument,
    "\n  query DealJournalHistory($id: ID!) {\n    deal(id: $id) {\n      id\n      journal(first: 100) {\n        edges {\n          node {\n            id\n            history {\n              version\n              text\n              writtenAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DealJournalHistoryDocument,
    "\n  mutation AddJournalEntry($input: AddJournalEntryInput!) {\n    addJournalEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": types.AddJournalEntryDocument,
    "\n  mutation EditJournalEntry($input: EditJournalEntryInput!) {\n    editJournalEntry(input: $input) {\n      entry {\n        id\n        version\n      }\n    }\n  }\n": types.EditJournalEntryDocument,
    "\n  query DealMoneySummary($id: ID!) {\n    deal(id: $id) {\n      id\n      moneySummaries {\n        currency\n        premiumPlanned {\n          amount\n          currency\n        }\n        premiumPaid {\n          amount\n          currency\n        }\n        commissionPlanned {\n          amount\n          currency\n        }\n        commissionReceived {\n          amount\n          currency\n        }\n        netIncome {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.DealMoneySummaryDocument,
    "\n  query DealPolicies($id: ID!) {\n    deal(id: $id) {\n      id\n      policies {\n        id\n        number\n        status\n        version\n        startDate\n        endDate\n        premium {\n          amount\n          currency\n        }\n        insurer {\n          id\n          name\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DealPoliciesDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        id\n      }\n    }\n  }\n": types.CreatePolicyDocument,
    "\n  query PolicySchedule($policyId: ID!) {\n    policySchedule(policyId: $policyId) {\n      policyId\n      version\n      hasOpenConflicts\n      instalments {\n        id\n        dueDate\n        status\n        version\n        amount {\n          amount\n          currency\n        }\n        paid {\n          amount\n          currency\n        }\n        outstanding {\n          amount\n          currency\n        }\n      }\n      commissionIncomes {\n        id\n        expectedDate\n        status\n        version\n        amount {\n          amount\n          currency\n        }\n        received {\n          amount\n          currency\n        }\n        outstanding {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.PolicyScheduleDocument,
    "\n  mutation RecordInstalmentPayment($input: RecordInstalmentPaymentInput!) {\n    recordInstalmentPayment(input: $input) {\n      instalment {\n        id\n        status\n      }\n    }\n  }\n": types.RecordInstalmentPaymentDocument,
    "\n  mutation RecordCommissionReceipt($input: RecordCommissionReceiptInput!) {\n    recordCommissionReceipt(input: $input) {\n      income {\n        id\n        status\n      }\n    }\n  }\n": types.RecordCommissionReceiptDocument,
    "\n  query DealTasks($id: ID!) {\n    deal(id: $id) {\n      id\n      tasks(first: 50) {\n        edges {\n          node {\n            ...TaskRow\n          }\n        }\n      }\n    }\n  }\n": types.DealTasksDocument,
    "\n  query OrgUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n          active\n        }\n      }\n    }\n  }\n": types.OrgUsersDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": types.CreateTaskDocument,
    "\n  query ClientSearch($search: String, $first: Int) {\n    clients(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          phones\n          emails\n          inn\n        }\n      }\n    }\n  }\n": types.ClientSearchDocument,
    "\n  query ClientDuplicates($input: ClientDuplicateCheckInput!) {\n    clientDuplicates(input: $input) {\n      client {\n        id\n        displayName\n      }\n      matchedOn\n    }\n  }\n": types.ClientDuplicatesDocument,
    "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      deal {\n        id\n      }\n    }\n  }\n": types.CreateDealDocument,
    "\n  mutation ChangeDealStage($input: ChangeDealStageInput!) {\n    changeDealStage(input: $input) {\n      deal {\n        id\n        stage\n        version\n      }\n    }\n  }\n": types.ChangeDealStageDocument,
    "\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n": types.DealStageCountsDocument,
    "\n  subscription DealsListLive {\n    myDealsChanged {\n      kind\n      deal {\n        id\n      }\n    }\n  }\n": types.DealsListLiveDocument,
    "\n  query DealsList($filter: DealsFilter, $sort: DealSort, $first: Int) {\n    deals(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          reviewDate\n          reviewDateReason\n          updatedAt\n          expectedPremium {\n            amount\n            currency\n          }\n          client {\n            id\n            displayName\n          }\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DealsListDocument,
    "\n  query UnreadNotificationsCount {\n    unreadNotificationsCount\n  }\n": types.UnreadNotificationsCountDocument,
    "\n  query NotificationsInbox($filter: NotificationFilter, $first: Int) {\n    notifications(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          archivedAt\n          deal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsInboxDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation ArchiveNotifications($input: ArchiveNotificationsInput!) {\n    archiveNotifications(input: $input) {\n      unreadCount\n    }\n  }\n": types.ArchiveNotificationsDocument,
    "\n  mutation MarkNotificationsSeen {\n    markNotificationsSeen\n  }\n": types.MarkNotificationsSeenDocument,
    "\n  subscription NotificationAddedLive {\n    notificationAdded {\n      notification {\n        id\n      }\n    }\n  }\n": types.NotificationAddedLiveDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n  fragment NotificationSettingsFields on NotificationSettings {\n    timeZone\n    telegramActive\n    quietHours {\n      start\n      end\n    }\n    preferences {\n      kind\n      channel\n      enabled\n      mandatory\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  query CommissionReport($input: CommissionReportInput!) {\n    commissionReport(input: $input) {\n      month\n      seller {\n        id\n        displayName\n      }\n      planned {\n        amount\n        currency\n      }\n      received {\n        amount\n        currency\n      }\n    }\n  }\n": types.CommissionReportDocument,
    "\n  mutation CreateTelegramLinkCode {\n    createTelegramLinkCode {\n      code\n      expiresAt\n    }\n  }\n": types.CreateTelegramLinkCodeDocument,
    "\n  query MyTasks($filter: TaskFilter) {\n    myTasks(relation: ASSIGNED_TO_ME, first: 100, filter: $filter) {\n      edges {\n        node {\n          ...TaskRow\n          deal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  subscription MyTasksLive {\n    myTasksChanged {\n      kind\n      task {\n        id\n      }\n    }\n  }\n": types.MyTasksLiveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      organization {\n        id\n        name\n      }\n      telegram {\n        telegramUsername\n        linkedAt\n      }\n    }\n    crmSettings {\n      timeZone\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskRow on Task {\n    id\n    kind\n    title\n    status\n    version\n    dueDate\n    assignee {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').TaskRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTaskStatus($input: ChangeTaskStatusInput!) {\n    changeTaskStatus(input: $input) {\n      task {\n        id\n        status\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeTaskStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteToken\n      invitation {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys(first: 100, includeRevoked: true) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          allowedOperations\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $after: String, $language: Language) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmSettingsFields on CrmSettings {\n    timeZone\n    renewalLeadDays\n    sellersSeeAllDeals\n    today\n    version\n  }\n"): typeof import('./graphql').CrmSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmSettings {\n    crmSettings {\n      ...CrmSettingsFields\n    }\n  }\n"): typeof import('./graphql').CrmSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCrmSettings($input: UpdateCrmSettingsInput!) {\n    updateCrmSettings(input: $input) {\n      settings {\n        ...CrmSettingsFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateCrmSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsurersAdmin {\n    insurers(includeInactive: true) {\n      id\n      name\n      active\n      version\n      products {\n        id\n        name\n        insuranceType\n        active\n        version\n        insurer {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InsurersAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInsurer($input: CreateInsurerInput!) {\n    createInsurer(input: $input) {\n      insurer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateInsurerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInsurer($input: UpdateInsurerInput!) {\n    updateInsurer(input: $input) {\n      insurer {\n        id\n        name\n        active\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateInsurerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInsuranceProduct($input: UpdateInsuranceProductInput!) {\n    updateInsuranceProduct(input: $input) {\n      product {\n        id\n        name\n        insuranceType\n        active\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateInsuranceProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInsuranceProduct($input: CreateInsuranceProductInput!) {\n    createInsuranceProduct(input: $input) {\n      product {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateInsuranceProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCard($id: ID!) {\n    client(id: $id) {\n      id\n      kind\n      displayName\n      phones\n      phonesE164\n      emails\n      inn\n      address\n      notes\n      version\n      owner {\n        id\n        displayName\n      }\n      mergedInto {\n        id\n        displayName\n      }\n      deals(first: 50) {\n        edges {\n          node {\n            id\n            title\n            stage\n          }\n        }\n      }\n      documents {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ClientCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsList($search: String) {\n    clients(search: $search, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          displayName\n          phones\n          emails\n          inn\n          deals(first: 10) {\n            edges {\n              node {\n                id\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClientsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClient($input: DeleteClientInput!) {\n    deleteClient(input: $input) {\n      deletedClientId\n    }\n  }\n"): typeof import('./graphql').DeleteClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientVersion($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      version\n    }\n  }\n"): typeof import('./graphql').ClientVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) {\n      client {\n        id\n      }\n      movedDeals {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MergeClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      client {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealAuditTrail($id: ID!, $language: Language) {\n    deal(id: $id) {\n      id\n      auditTrail(first: 50) {\n        edges {\n          node {\n            ...AuditEntryRow\n          }\n        }\n      }\n    }\n  }\n  fragment AuditEntryRow on AuditEntry {\n    id\n    occurredAt\n    actorKind\n    actorUser {\n      displayName\n    }\n    channel\n    action\n    outcome\n    summary(language: $language)\n    changes {\n      field\n      label(language: $language)\n      fromText(language: $language)\n      toText(language: $language)\n      fromUsers {\n        displayName\n      }\n      toUsers {\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').DealAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealCalculations($id: ID!) {\n    deal(id: $id) {\n      id\n      calculations {\n        id\n        version\n        status\n        variantLabel\n        insuredObject\n        commissionRate\n        premium {\n          amount\n          currency\n        }\n        commissionAmount {\n          amount\n          currency\n        }\n        insurer {\n          id\n          name\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealCalculationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Insurers {\n    insurers {\n      id\n      name\n      products {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InsurersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCalculation($input: AddCalculationInput!) {\n    addCalculation(input: $input) {\n      calculation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AddCalculationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseCalculation($input: ChooseCalculationInput!) {\n    chooseCalculation(input: $input) {\n      chosen {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ChooseCalculationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealCard($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      stage\n      version\n      insuranceType\n      reviewDate\n      reviewDateReason\n      reviewDateManual\n      expectedPremium {\n        amount\n        currency\n      }\n      owner {\n        id\n        displayName\n      }\n      client {\n        id\n        displayName\n        phones\n        emails\n        inn\n      }\n    }\n  }\n"): typeof import('./graphql').DealCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DealCardLive($id: ID!) {\n    dealChanged(id: $id) {\n      kind\n      eventId\n      deal {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').DealCardLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDealReviewDate($input: SetDealReviewDateInput!) {\n    setDealReviewDate(input: $input) {\n      deal {\n        id\n        version\n        reviewDate\n      }\n    }\n  }\n"): typeof import('./graphql').SetDealReviewDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnoozeDeal($input: SnoozeDealInput!) {\n    snoozeDeal(input: $input) {\n      deal {\n        id\n        version\n        reviewDate\n      }\n    }\n  }\n"): typeof import('./graphql').SnoozeDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealDocuments($id: ID!) {\n    deal(id: $id) {\n      id\n      documentsFolder {\n        id\n        name\n        documents {\n          id\n        }\n        folders {\n          id\n          name\n          section\n          documents {\n            id\n          }\n          folders {\n            id\n            name\n            documents {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FolderDocuments($id: ID!) {\n    folder(id: $id) {\n      id\n      documents {\n        ...DocumentRow\n      }\n    }\n  }\n  fragment DocumentRow on Document {\n    id\n    name\n    version\n    size\n    contentType\n    updatedAt\n    bytesDeletedAt\n    versions {\n      id\n      version\n      originalName\n      size\n      available\n      createdAt\n    }\n  }\n"): typeof import('./graphql').FolderDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      url\n      maxBytes\n      name\n    }\n  }\n"): typeof import('./graphql').RequestUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDownload($input: RequestDownloadInput!) {\n    requestDownload(input: $input) {\n      url\n    }\n  }\n"): typeof import('./graphql').RequestDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealJournal($id: ID!) {\n    deal(id: $id) {\n      id\n      journal(first: 100) {\n        edges {\n          node {\n            id\n            kind\n            text\n            version\n            edited\n            createdAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealJournalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealJournalHistory($id: ID!) {\n    deal(id: $id) {\n      id\n      journal(first: 100) {\n        edges {\n          node {\n            id\n            history {\n              version\n              text\n              writtenAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealJournalHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddJournalEntry($input: AddJournalEntryInput!) {\n    addJournalEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AddJournalEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditJournalEntry($input: EditJournalEntryInput!) {\n    editJournalEntry(input: $input) {\n      entry {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').EditJournalEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealMoneySummary($id: ID!) {\n    deal(id: $id) {\n      id\n      moneySummaries {\n        currency\n        premiumPlanned {\n          amount\n          currency\n        }\n        premiumPaid {\n          amount\n          currency\n        }\n        commissionPlanned {\n          amount\n          currency\n        }\n        commissionReceived {\n          amount\n          currency\n        }\n        netIncome {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealMoneySummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealPolicies($id: ID!) {\n    deal(id: $id) {\n      id\n      policies {\n        id\n        number\n        status\n        version\n        startDate\n        endDate\n        premium {\n          amount\n          currency\n        }\n        insurer {\n          id\n          name\n        }\n        product {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicySchedule($policyId: ID!) {\n    policySchedule(policyId: $policyId) {\n      policyId\n      version\n      hasOpenConflicts\n      instalments {\n        id\n        dueDate\n        status\n        version\n        amount {\n          amount\n          currency\n        }\n        paid {\n          amount\n          currency\n        }\n        outstanding {\n          amount\n          currency\n        }\n      }\n      commissionIncomes {\n        id\n        expectedDate\n        status\n        version\n        amount {\n          amount\n          currency\n        }\n        received {\n          amount\n          currency\n        }\n        outstanding {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PolicyScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInstalmentPayment($input: RecordInstalmentPaymentInput!) {\n    recordInstalmentPayment(input: $input) {\n      instalment {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RecordInstalmentPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCommissionReceipt($input: RecordCommissionReceiptInput!) {\n    recordCommissionReceipt(input: $input) {\n      income {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RecordCommissionReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealTasks($id: ID!) {\n    deal(id: $id) {\n      id\n      tasks(first: 50) {\n        edges {\n          node {\n            ...TaskRow\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n          active\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientSearch($search: String, $first: Int) {\n    clients(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          phones\n          emails\n          inn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClientSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDuplicates($input: ClientDuplicateCheckInput!) {\n    clientDuplicates(input: $input) {\n      client {\n        id\n        displayName\n      }\n      matchedOn\n    }\n  }\n"): typeof import('./graphql').ClientDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      deal {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDealStage($input: ChangeDealStageInput!) {\n    changeDealStage(input: $input) {\n      deal {\n        id\n        stage\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeDealStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n"): typeof import('./graphql').DealStageCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DealsListLive {\n    myDealsChanged {\n      kind\n      deal {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DealsListLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsList($filter: DealsFilter, $sort: DealSort, $first: Int) {\n    deals(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          stage\n          version\n          reviewDate\n          reviewDateReason\n          updatedAt\n          expectedPremium {\n            amount\n            currency\n          }\n          client {\n            id\n            displayName\n          }\n          owner {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationsCount {\n    unreadNotificationsCount\n  }\n"): typeof import('./graphql').UnreadNotificationsCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsInbox($filter: NotificationFilter, $first: Int) {\n    notifications(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n          archivedAt\n          deal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveNotifications($input: ArchiveNotificationsInput!) {\n    archiveNotifications(input: $input) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').ArchiveNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsSeen {\n    markNotificationsSeen\n  }\n"): typeof import('./graphql').MarkNotificationsSeenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAddedLive {\n    notificationAdded {\n      notification {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationAddedLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n  fragment NotificationSettingsFields on NotificationSettings {\n    timeZone\n    telegramActive\n    quietHours {\n      start\n      end\n    }\n    preferences {\n      kind\n      channel\n      enabled\n      mandatory\n    }\n  }\n"): typeof import('./graphql').NotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionReport($input: CommissionReportInput!) {\n    commissionReport(input: $input) {\n      month\n      seller {\n        id\n        displayName\n      }\n      planned {\n        amount\n        currency\n      }\n      received {\n        amount\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').CommissionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTelegramLinkCode {\n    createTelegramLinkCode {\n      code\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').CreateTelegramLinkCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($filter: TaskFilter) {\n    myTasks(relation: ASSIGNED_TO_ME, first: 100, filter: $filter) {\n      edges {\n        node {\n          ...TaskRow\n          deal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyTasksLive {\n    myTasksChanged {\n      kind\n      task {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasksLiveDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
