"""SQLAlchemy 2 models: the one place that says what the store holds.

Units: quantities are in stock units (pieces unless the item is a pack), money in the
item's currency, durations in days (fractional allowed), dates are calendar dates.
The schema itself is created and evolved by the Alembic migrations in
``data/migrations``; a test checks that the migrations and these models agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    MetaData,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

PO_STATUSES: tuple[str, ...] = (
    "draft",
    "approved",
    "sent",
    "partially_received",
    "received",
    "cancelled",
)
OPEN_PO_STATUSES: tuple[str, ...] = ("approved", "sent", "partially_received")
"""Statuses of a purchase order whose goods are still expected."""
MESSAGE_STATUSES: tuple[str, ...] = ("pending", "confirmed", "rejected")


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations get stable names."""

    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Supplier(Base):
    __tablename__ = "suppliers"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    email: Mapped[str | None] = mapped_column(String(320))
    lead_time_days: Mapped[float | None] = mapped_column(Float)
    """The supplier's quoted (stated) lead time in days."""


class Item(Base):
    __tablename__ = "items"

    sku: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(300))
    supplier: Mapped[str | None] = mapped_column(String(200), index=True)
    unit_cost: Mapped[float | None] = mapped_column(Float)
    order_cost: Mapped[float] = mapped_column(Float, default=0.0)
    """Fixed cost per purchase order line, money per order."""
    holding_cost_rate: Mapped[float] = mapped_column(Float, default=0.25)
    """Holding cost per year as a fraction of unit_cost."""
    lead_time_days: Mapped[float] = mapped_column(Float, default=7.0)
    lead_time_sd_days: Mapped[float] = mapped_column(Float, default=0.0)
    pack_size: Mapped[int] = mapped_column(Integer, default=1)
    moq: Mapped[float] = mapped_column(Float, default=0.0)
    on_hand: Mapped[float] = mapped_column(Float, default=0.0)
    on_order: Mapped[float] = mapped_column(Float, default=0.0)
    service_level: Mapped[float] = mapped_column(Float, default=0.95)
    """Cycle service level: probability of no stockout in a replenishment cycle."""
    stockout_cost: Mapped[float | None] = mapped_column(Float)
    """Cost per unit short (backordered), money per unit."""


class Sale(Base):
    """Demand of one sku on one day (several input rows for a day are summed)."""

    __tablename__ = "sales"

    sku: Mapped[str] = mapped_column(
        String(100), ForeignKey("items.sku", ondelete="CASCADE"), primary_key=True
    )
    date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    quantity: Mapped[float] = mapped_column(Float)


class PurchaseOrder(Base):
    __tablename__ = "purchase_orders"

    po_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    supplier: Mapped[str | None] = mapped_column(String(200), index=True)
    status: Mapped[str] = mapped_column(String(32), default="draft", index=True)
    order_date: Mapped[dt.date | None] = mapped_column(Date)
    """Day the order was sent to the supplier (None while a draft)."""
    promised_date: Mapped[dt.date | None] = mapped_column(Date)
    """Delivery date the supplier promised for the whole order."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(100), default="assistant")
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="purchase_order", cascade="all, delete-orphan", order_by="PurchaseOrderLine.id"
    )


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    po_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("purchase_orders.po_id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str] = mapped_column(String(100), ForeignKey("items.sku"), index=True)
    quantity: Mapped[float] = mapped_column(Float)
    unit_cost: Mapped[float | None] = mapped_column(Float)
    received_quantity: Mapped[float] = mapped_column(Float, default=0.0)
    promised_date: Mapped[dt.date | None] = mapped_column(Date)
    received_date: Mapped[dt.date | None] = mapped_column(Date)
    """Day the (last part of the) line arrived."""

    purchase_order: Mapped[PurchaseOrder] = relationship(back_populates="lines")


class SupplierMessage(Base):
    """An e-mail or pasted message from a supplier or carrier, with its parse."""

    __tablename__ = "supplier_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sender: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    supplier: Mapped[str | None] = mapped_column(String(200), index=True)
    po_id: Mapped[str | None] = mapped_column(String(64))
    parsed: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(32), default="pending")
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class LeadTimeObservation(Base):
    """One observed delivery: promised against actual, feeding lead-time statistics."""

    __tablename__ = "lead_time_observations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    supplier: Mapped[str] = mapped_column(String(200), index=True)
    po_id: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("purchase_orders.po_id", ondelete="SET NULL")
    )
    sku: Mapped[str | None] = mapped_column(String(100))
    order_date: Mapped[dt.date] = mapped_column(Date)
    promised_date: Mapped[dt.date | None] = mapped_column(Date)
    actual_date: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(32), default="receipt")
    """Where the observation came from: 'receipt', 'message' or 'import'."""
    message_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("supplier_messages.id", ondelete="SET NULL")
    )


class Recommendation(Base):
    """A replenishment recommendation as the assistant made it (kept for audit)."""

    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    planning_date: Mapped[dt.date] = mapped_column(Date)
    sku: Mapped[str] = mapped_column(String(100), ForeignKey("items.sku"), index=True)
    order_quantity: Mapped[float] = mapped_column(Float)
    order_by: Mapped[dt.date | None] = mapped_column(Date)
    reorder_point: Mapped[float] = mapped_column(Float)
    safety_stock: Mapped[float] = mapped_column(Float)
    eoq: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ForecastCache(Base):
    """A stored ``forecast_demand`` result, valid while the sku's sales are unchanged.

    ``sales_fingerprint`` is a hash of the daily demand series the forecast was made
    from; any change to that sku's sales (or a new planning date) misses the cache.
    """

    __tablename__ = "forecast_cache"

    sku: Mapped[str] = mapped_column(
        String(100), ForeignKey("items.sku", ondelete="CASCADE"), primary_key=True
    )
    model_requested: Mapped[str] = mapped_column(String(64), primary_key=True)
    horizon_days: Mapped[int] = mapped_column(Integer, primary_key=True)
    planning_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    sales_fingerprint: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())


class AuditLog(Base):
    """Append-only record of decisions (database triggers forbid UPDATE and DELETE)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(100))
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
