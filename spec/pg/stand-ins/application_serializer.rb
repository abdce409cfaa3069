# frozen_string_literal: true

require "active_support/core_ext/class/attribute"

# The part of ActiveModelSerializers 0.8 (the version discourse/discourse's
# Gemfile pins; lib/active_model/serializer.rb and serializer/associations.rb)
# that the plugin's serializers use, and app/serializers/application_serializer.rb.
# - `attributes`/`attribute` read the serializer's method of that name, else the object's;
#   `include_<name>?` leaves a key out.
# - `has_one`/`has_many` read the serializer's method of that name, else the object's, and
#   serialize with the given serializer and the parent's options (scope included).
# - `as_json` wraps in a root named after the class unless `root: false`; an
#   ArraySerializer is a bare array.
# Core's ApplicationSerializer embeds associations as ids by default; this stand-in
# refuses anything but `embed: :objects`, so a missing option cannot pass here and
# send ids in Discourse.
module ActiveModel
  class Serializer
    Association = Struct.new(:name, :serializer, :many)

    class_attribute :_attributes, :_associations, :_root
    self._attributes = {}
    self._associations = {}

    class << self
      def attributes(*names)
        names.each { |name| attribute(name) }
      end

      def attribute(name, key: name)
        self._attributes = _attributes.merge(name.to_sym => key.to_sym)
        define_reader(name)
      end

      def has_one(name, serializer:, embed: :ids)
        associate(name, serializer, embed, many: false)
      end

      def has_many(name, serializer:, embed: :ids)
        associate(name, serializer, embed, many: true)
      end

      def root(name)
        self._root = name
      end

      private

      def associate(name, serializer, embed, many:)
        if embed != :objects
          raise ArgumentError, "#{self.name}.#{name}: only embed: :objects is stood in for"
        end
        self._associations =
          _associations.merge(name.to_sym => Association.new(name.to_sym, serializer, many))
        define_reader(name)
      end

      def define_reader(name)
        return if method_defined?(name)
        define_method(name) { object.read_attribute_for_serialization(name) }
      end
    end

    attr_reader :object, :options

    def initialize(object, options = {})
      @object = object
      @options = options
    end

    def scope
      options[:scope]
    end

    def serializable_hash
      hash = {}
      _attributes.each { |name, key| hash[key] = send(name) if include?(name) }
      _associations.each_value do |association|
        next unless include?(association.name) # rubocop:disable Style/InvertibleUnlessCondition -- AMS 0.8's include?, not a collection's
        value = send(association.name)
        hash[association.name] = if association.many
          value.to_a.map { |item| association.serializer.new(item, options).serializable_hash }
        else
          value && association.serializer.new(value, options).serializable_hash
        end
      end
      hash
    end

    def as_json(as_json_options = nil)
      root = (as_json_options || {}).fetch(:root, options.fetch(:root, root_name))
      root ? { root => serializable_hash } : serializable_hash
    end

    private

    def include?(name)
      method = "include_#{name}?"
      !respond_to?(method) || send(method)
    end

    def root_name
      self.class._root || self.class.name.demodulize.underscore.delete_suffix("_serializer").to_sym
    end
  end

  class ArraySerializer
    def initialize(object, options = {})
      @object = object
      @options = options
    end

    def as_json(*)
      serializer = @options.fetch(:each_serializer)
      item_options = @options.except(:each_serializer, :root)
      array = @object.map { |item| serializer.new(item, item_options).serializable_hash }
      @options[:root] ? { @options[:root] => array } : array
    end
  end
end

class ApplicationSerializer < ActiveModel::Serializer
end
