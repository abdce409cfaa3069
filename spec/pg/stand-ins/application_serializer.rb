# frozen_string_literal: true

# ActiveModelSerializers itself, 0.8 as discourse/discourse's Gemfile pins it,
# is the real gem (Gemfile, installed under vendor/bundle; spec/pg/pg_helper.rb
# loads it). This is core's app/serializers/application_serializer.rb for what
# the plugin relies on: associations embed ids and side-load the objects unless
# a serializer says `embed: :objects`. Core's fragment caching is left out.
class ApplicationSerializer < ActiveModel::Serializer
  embed :ids, include: true
end
