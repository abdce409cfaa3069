# frozen_string_literal: true

module DiscourseMediation
  # One month's or one quarter's transparency figures, as TransparencyRollup
  # counted them: the report reads these rows, and cases only where these
  # cannot answer (TransparencyQuery).
  class TransparencyFigure < ActiveRecord::Base
    self.table_name = "discourse_mediation_transparency_figures"

    scope :of_kind, ->(period) { where(period_kind: period.to_s) }
  end
end

# == Schema Information
#
# Table name: discourse_mediation_transparency_figures
#
#  id                    :bigint           not null, primary key
#  period_kind           :string           not null
#  period                :string           not null
#  starts_at             :datetime         not null
#  requests              :integer          default(0), not null
#  resolved              :integer          default(0), not null
#  escalated             :integer          default(0), not null
#  response_count        :integer          default(0), not null
#  median_response_hours :float
#  refreshed_at          :datetime         not null
#  opened_by_place       :jsonb            default({}), not null
#  decisions_by_opening  :jsonb            default({}), not null
#  resolved_by_opening   :jsonb            default({}), not null
#  escalated_by_opening  :jsonb            default({}), not null
#
# Indexes
#
#  idx_mediation_transparency_figures_period  (period_kind,starts_at) UNIQUE
#
