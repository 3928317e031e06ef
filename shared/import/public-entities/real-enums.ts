/**
 * Every enum type the RetailTransaction* entities use, with every member and the integer HQ stores it
 * as: copied from the OData client generated from a real Finance and Operations $metadata
 * (ntrtd/d365-agent b1a5d29, asset/client/src/<Enum>.ts, each member's "Original value").
 * REFERENCE.md §1 lists the same for the five that decide what a transaction is.
 */
export const REAL_ENUMS = {
  CreditCardProcessorStatus: { NA: 0, Approved: 1, Declined: 2, Error: 3, Settled: 99, MCRPending: 100, TimedOut: 200 },
  ItcCategoryIn: { Input: 0, CapitalGoods: 1, Others: 2 },
  MarkupCategory: { Fixed: 0, Pcs: 1, Percent: 2, InterCompanyPercent: 3, External: 4, Proportional: 5, UnitSpecific: 6, UnitSpecificMatch: 7 },
  MarkupModuleType: { Invent: 0, Cust: 1, Vend: 2, Delivery: 3 },
  McrContinuityLineEval: { Blank: 0, PayAllNow: 1, PayAllLater: 2, PayPartNowPartSched: 3, Paid: 4 },
  McrLineType: { CatalogFreeGift: 1, Regular: 0, ContinuityParent: 3 },
  McrOutOfBalanceReleaseType: { None: 0, Bill: 1, WriteOff: 2, Refund: 3, Verified: 4 },
  McrPaymOutOfBalance: { None: 0, Overpaid: 1, Underpaid: 2 },
  McrUpSellOrigin: { None: 0, ItemCrossSell: 1, ItemUpSell: 2, Catalog: 4 },
  McrsoAllocPriority: { AllocationPriority1: 9, AllocationPriority2: 8, AllocationPriority3: 7, AllocationPriority4: 6, AllocationPriority5: 5, AllocationPriority6: 4, AllocationPriority7: 3, AllocationPriority8: 2, AllocationPriority9: 1, AllocationPriority10: 0 },
  NoYes: { No: 0, Yes: 1 },
  RetailCustomerDiscountType: { None: 0, Line: 1, Multiline: 2, TotalDiscount: 3 },
  RetailDiscountOriginType: { None: 0, Customer: 1, Periodic: 2, Manual: 3, Loyalty_RU: 4, Tender: 5 },
  RetailEntryStatus: { None: 0, Voided: 1, Posted: 2, Concluded: 3, Cancelled: 4, OnHold: 5, Training: 6, PendingInvoice: 7, CreatingOrder: 8 },
  RetailGiftCardSalesLineOperation: { None: 0, Issue: 1, AddTo: 2, CashOut: 3 },
  RetailGiftCardType: { Unknown: 0, InternalGiftCard: 1, ExternalGiftCard: 2 },
  RetailInfocodeInputType: { None: 0, SubCode: 1, Date_: 2, Numeric: 3, Item: 4, Customer: 5, Staff: 6, Text: 9, SubcodeButtons: 10, AgeLimit: 11 },
  RetailInfocodeTransType: { Header: 0, Sales: 1, Payment: 2, IncomeExpense: 3, NoSale: 4, Affiliation: 5, Fiscal: 6 },
  RetailInventStatusSales: { None: 0, Reserved: 1, Posted: 2 },
  RetailItemTransactionCode: { ItemOnFile: 0, ItemBarcodeNotOnFile: 1, ItemBlocked: 2 },
  RetailManualDiscountType: { None: 0, LineDiscountAmount: 1, LineDiscountPercent: 2, TotalDiscountAmount: 3, TotalDiscountPercent: 4 },
  RetailPeriodicDiscType: { None: 0, Multibuy: 1, MixAndMatch: 2, DiscountOffer: 3 },
  RetailReturnTrackingStatusType: { None: 0, PendingProcessing: 1, Processed: 2 },
  RetailTenderFunction: { Normal: 0, Card: 1, Check: 2, Customer: 3, TenderRemoveFloat: 4, Wallet: 5 },
  RetailTenderVoidStatus: { None: 0, NormalVoid: 1, ForceVoided: 2, ForceVoidReconciled: 3 },
  RetailTransactionCode: { None: 0, BlockedCustomer: 1, SalesPaymentDifference: 2 },
  RetailTransactionOrderStatusType: { None: 0, Failed: 1, Succeeded: 2, PendingSynchronization: 3, Editing: 4 },
  RetailTransactionOrderTypes: { SalesOrder: 0, Quote: 1 },
  RetailTransactionType: { Logoff: 0, Logon: 1, Sales: 2, Payment: 3, RemoveTender: 4, FloatEntry: 5, ChangeTender: 6, TenderDeclaration: 7, Voided: 8, OpenDrawer: 9, NegativeAdjustment: 10, PhysicalInventory: 11, EndOfDay: 12, EndOfShift: 13, SalesOrder: 14, SalesInvoice: 15, BankDrop: 16, SafeDrop: 17, IncomeExpense: 18, CustomerOrder: 19, StartingAmount: 20, SuspendShift: 21, BlindCloseShift: 22, CloseShift: 23, PrintX: 24, PrintZ: 25, PendingSalesOrder: 27, ManagerAuthorize: 26, KitDisassembly: 28, ResetPassword: 29, ChangePassword: 30, AsyncCustomerQuote: 31, AsyncCustomerOrder: 33, ForceDeleteShift: 34, GiftCardInquiry: 35, SuspendedTransaction: 36, AsyncOrderCancellation: 37 },
  RetailTransactionValidationStatus: { None: 0, Pending: 20, InProgress: 40, Failed: 60, Ok: 80 },
  ServiceCategoryIn: { Inward: 0, InterUnit: 1, Others: 2 },
  TaxCalculationType: { Regular: 0, GTE: 1 },
  UnknownNoYes: { Unknown: 0, No: 1, Yes: 2 },
} as const satisfies Record<string, Record<string, number>>;

export type RealEnumName = keyof typeof REAL_ENUMS;
